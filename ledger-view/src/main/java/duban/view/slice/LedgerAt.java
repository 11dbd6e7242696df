package duban.view.slice;

import duban.calendar.WorkingDayCalendar;
import duban.events.task.Allocation;
import duban.events.task.ReportingCadence;
import duban.events.task.TargetCount;
import duban.rules.attainment.QuotaNode;
import duban.rules.attainment.QuotaRollup;
import duban.rules.attainment.TargetQuota;
import duban.rules.completion.CompletionRule;
import duban.rules.completion.CompletionState;
import duban.rules.completion.DueDateMove;
import duban.rules.completion.FinalDueDate;
import duban.rules.completion.MilestoneDue;
import duban.rules.completion.TaskCompletion;
import duban.rules.compliance.Compliance;
import duban.rules.compliance.PeriodJudgement;
import duban.rules.compliance.ReviewSetting;
import duban.rules.compliance.Submission;
import duban.rules.duty.DutySpan;
import duban.rules.duty.GroupMembership;
import duban.rules.duty.ReportingDuty;
import duban.rules.duty.TaskUnits;
import duban.rules.duty.UnitStanding;
import duban.rules.period.PlanReportingRule;
import duban.rules.period.ReportingPeriod;
import duban.rules.period.TaskReporting;
import duban.rules.rag.LinearPace;
import duban.rules.rag.MilestoneState;
import duban.rules.rag.PeriodRecord;
import duban.rules.rag.RagRule;
import duban.rules.rag.RagVerdict;
import duban.rules.rag.TargetPace;
import duban.view.history.GroupVersion;
import duban.view.history.LedgerMemory;
import duban.view.history.PlanVersion;
import duban.view.history.UnitVersion;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger as it stood at one instant, and the ledger rules applied to it. Made per request and thrown away: it
 * remembers what it worked out, so a view asking twice pays once.
 */
public final class LedgerAt {

    private final LedgerMemory memory;
    private final WorkingDayCalendar calendar;
    private final RagRule rag;
    private final Instant at;
    private final Map<String, Optional<TaskAt>> tasks = new HashMap<>();
    private final Map<String, Map<String, List<DutySpan>>> duties = new HashMap<>();
    private final Map<String, Map<String, UnitStanding>> standings = new HashMap<>();
    private final Map<String, UnitRecord> records = new HashMap<>();
    private final Map<String, RagVerdict> verdicts = new HashMap<>();
    private final Map<String, TargetQuota> quotas = new HashMap<>();
    private final Map<ReportingKey, TaskReporting> reportings = new HashMap<>();

    /** Tasks of one plan with the same cadence report on the same days: one schedule serves them all. */
    private record ReportingKey(String planId, ReportingCadence cadence) {
    }

    public LedgerAt(LedgerMemory memory, WorkingDayCalendar calendar, RagRule rag, Instant at) {
        this.memory = memory;
        this.calendar = calendar;
        this.rag = rag;
        this.at = at;
    }

    public Instant at() {
        return at;
    }

    public LedgerMemory memory() {
        return memory;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The task as it stood; empty when it did not exist yet. */
    public Optional<TaskAt> task(String taskId) {
        return tasks.computeIfAbsent(taskId, id -> memory.task(id).map(history -> TaskAt.of(history, at)));
    }

    public Optional<PlanVersion> plan(String planId) {
        return memory.plan(planId).flatMap(versions -> versions.at(at));
    }

    public Optional<UnitVersion> unit(String unitId) {
        return memory.unit(unitId).flatMap(versions -> versions.at(at));
    }

    public Optional<GroupVersion> group(String groupId) {
        return memory.group(groupId).flatMap(versions -> versions.at(at));
    }

    /** The unit's name then, or its id when the directory did not know it. */
    public String unitName(String unitId) {
        return unit(unitId).map(UnitVersion::name).orElse(unitId);
    }

    /** A share holder's name: the unit's name or the group's phrase. */
    public String holderName(String unitId, String groupId) {
        return unitId != null ? unitName(unitId) : group(groupId).map(GroupVersion::phrase).orElse(groupId);
    }

    /** The groups' members as defined then. */
    public GroupMembership groups() {
        return groupId -> group(groupId).map(GroupVersion::memberUnitIds);
    }

    /** The plan's reporting rule then; the defaults for a plan not registered (yet). */
    public PlanReportingRule ruleOf(String planId) {
        return plan(planId).map(PlanVersion::rule).orElse(PlanReportingRule.defaults());
    }

    public TaskReporting reporting(TaskAt task) {
        return reportings.computeIfAbsent(new ReportingKey(task.planId(), task.cadence()),
                key -> TaskReporting.of(ruleOf(key.planId()), key.cadence(), calendar));
    }

    /** The local date of this instant in the task's plan's zone. */
    public LocalDate today(TaskAt task) {
        return at.atZone(ruleOf(task.planId()).zone()).toLocalDate();
    }

    /** Every unit on the task then, with its standing. */
    public Map<String, UnitStanding> standings(TaskAt task) {
        return standings.computeIfAbsent(task.taskId(),
                id -> new TaskUnits(task.leadUnitIds(), task.coUnitIds(), task.shares()).standings(groups()));
    }

    /** Whether the task binds its units to report then: a running leaf. */
    public boolean binds(TaskAt task) {
        return ReportingDuty.binds(task.status(), task.leaf());
    }

    /** The tasks the unit stood on then, in no particular order. */
    public List<TaskAt> tasksOf(String unitId) {
        List<TaskAt> found = new ArrayList<>();
        for (String taskId : memory.tasksEverConcerning(unitId)) {
            task(taskId).filter(task -> standings(task).containsKey(unitId)).ifPresent(found::add);
        }
        return found;
    }

    /** The plan's tasks that existed then, in their order of creation. */
    public List<TaskAt> tasksOfPlan(String planId) {
        List<TaskAt> found = new ArrayList<>();
        memory.tasksOf(planId).forEach(taskId -> task(taskId).ifPresent(found::add));
        return found;
    }

    /** When each unit was bound to report on the task, up to this instant. */
    public Map<String, List<DutySpan>> duties(TaskAt task) {
        return duties.computeIfAbsent(task.taskId(), id -> DutyTimeline.spans(task.history(), memory, at));
    }

    /** The unit's reporting record on the task: every period it owed and how it did. */
    public UnitRecord record(TaskAt task, String unitId) {
        String key = task.taskId() + '\n' + unitId;
        UnitRecord known = records.get(key);
        if (known == null) {
            known = workOutRecord(task, unitId);
            records.put(key, known);
        }
        return known;
    }

    private UnitRecord workOutRecord(TaskAt task, String unitId) {
        TaskReporting reporting = reporting(task);
        List<DutySpan> spans = duties(task).getOrDefault(unitId, List.of());
        Map<LocalDate, Filing> firstFilings = firstFilings(task, unitId);
        List<PeriodState> periods = new ArrayList<>();
        for (ReportingPeriod period : ReportingDuty.owedPeriods(reporting, spans, at)) {
            periods.add(state(period, firstFilings.get(period.nominalDay()), task, unitId));
        }
        ReportingPeriod owed = ReportingDuty.nextOwed(reporting, spans, at);
        PeriodState open = null;
        ReportingPeriod next = owed;
        // A task's first period takes reports from the task's creation, before the calendar opens it: one filed
        // early shows it open, and filed.
        if (owed != null && (!at.isBefore(owed.start()) || firstFilings.containsKey(owed.nominalDay()))
                && !at.isAfter(owed.deadline())) {
            open = state(owed, firstFilings.get(owed.nominalDay()), task, unitId);
            periods.add(open);
            next = reporting.schedule().next(owed);
        }
        return new UnitRecord(unitId, periods, open, next);
    }

    private PeriodState state(ReportingPeriod period, Filing first, TaskAt task, String unitId) {
        Instant firstFiledAt = first == null ? null : first.recordedAt();
        PeriodJudgement judgement = Compliance.judge(period, reviewRequired(task.planId(), period),
                submissions(task, unitId, period.nominalDay()), ruleOf(task.planId()).zone(), at);
        return new PeriodState(period, judgement.state(), firstFiledAt, inForce(task, unitId, period.nominalDay()),
                judgement);
    }

    /** Whether the period's reports are reviewed (审核), by the plan's setting the ledger rule picks. */
    public boolean reviewRequired(String planId, ReportingPeriod period) {
        return ReviewSetting.requiredFor(memory.reviewSettings(planId), period, at);
    }

    /** The unit's reports and corrections for the period, in the order recorded, each with its latest review. */
    private static List<Submission> submissions(TaskAt task, String unitId, LocalDate period) {
        List<Submission> found = new ArrayList<>();
        for (Filing filing : task.filings()) {
            if (filing.unitId().equals(unitId) && period.equals(filing.period())) {
                found.add(new Submission(filing.reportId(), filing.recordedAt(), task.review(filing.reportId())));
            }
        }
        return found;
    }

    /** The first report of the unit for each period, by the instant it was recorded. */
    private static Map<LocalDate, Filing> firstFilings(TaskAt task, String unitId) {
        Map<LocalDate, Filing> first = new HashMap<>();
        for (Filing filing : task.filings()) {
            if (filing.unitId().equals(unitId) && filing.period() != null) {
                first.merge(filing.period(), filing,
                        (a, b) -> a.recordedAt().isAfter(b.recordedAt()) ? b : a);
            }
        }
        return first;
    }

    private static String inForce(TaskAt task, String unitId, LocalDate period) {
        String found = null;
        for (Filing filing : task.filings()) {
            if (filing.unitId().equals(unitId) && period.equals(filing.period()) && filing.inForce()) {
                found = filing.reportId();
            }
        }
        return found;
    }

    /** Each unit's latest cumulative count for a target, from the reports in force, the latest recorded first. */
    public Map<String, BigDecimal> latestCounts(TaskAt task, String targetId) {
        Map<String, BigDecimal> counts = new LinkedHashMap<>();
        Map<String, Instant> when = new HashMap<>();
        for (Filing filing : task.filings()) {
            if (!filing.inForce()) {
                continue;
            }
            for (TargetCount count : filing.counts()) {
                if (count.targetId().equals(targetId) && (!when.containsKey(filing.unitId())
                        || !filing.recordedAt().isBefore(when.get(filing.unitId())))) {
                    counts.put(filing.unitId(), count.cumulative());
                    when.put(filing.unitId(), filing.recordedAt());
                }
            }
        }
        return counts;
    }

    /** The target's shares evaluated against the units' latest counts. */
    public TargetQuota quota(TaskAt task, TargetAt target) {
        return quotas.computeIfAbsent(task.taskId() + '\n' + target.targetId(), key -> QuotaRollup.evaluate(
                target.targetId(), target.total(), target.allocations(), latestCounts(task, target.targetId()),
                groups()));
    }

    /** The task's colour and reasons then. */
    public RagVerdict rag(TaskAt task) {
        RagVerdict known = verdicts.get(task.taskId());
        if (known == null) {
            known = workOutRag(task);
            verdicts.put(task.taskId(), known);
        }
        return known;
    }

    private RagVerdict workOutRag(TaskAt task) {
        List<MilestoneState> milestones = task.milestones().stream().map(LedgerAt::milestoneState).toList();
        List<PeriodRecord> periods = new ArrayList<>();
        for (String unit : duties(task).keySet()) {
            periodRecords(task, unit, periods);
        }
        return rag.judge(milestones, periods, paces(task, null), at, today(task));
    }

    /** One unit's colour on the task: its milestones, its periods, its shares. */
    public RagVerdict rag(TaskAt task, String unitId) {
        String key = task.taskId() + '\n' + unitId;
        RagVerdict known = verdicts.get(key);
        if (known == null) {
            known = workOutRag(task, unitId);
            verdicts.put(key, known);
        }
        return known;
    }

    private RagVerdict workOutRag(TaskAt task, String unitId) {
        List<MilestoneState> milestones = task.milestones().stream()
                .filter(m -> m.binds(unitId, task.leadUnitIds())).map(LedgerAt::milestoneState).toList();
        List<PeriodRecord> periods = new ArrayList<>();
        periodRecords(task, unitId, periods);
        return rag.judge(milestones, periods, paces(task, unitId), at, today(task));
    }

    private void periodRecords(TaskAt task, String unitId, List<PeriodRecord> into) {
        for (PeriodState state : record(task, unitId).periods()) {
            into.add(new PeriodRecord(unitId, state.period().nominalDay(), state.period().deadline(), state.state()));
        }
    }

    private static MilestoneState milestoneState(MilestoneAt milestone) {
        return new MilestoneState(milestone.milestoneId(), milestone.description(), milestone.dueOn(),
                milestone.doneOn());
    }

    /**
     * Each share against a linear schedule from the task's creation to its last milestone; a task without milestones
     * has no schedule to lag behind.
     */
    private List<TargetPace> paces(TaskAt task, String unitId) {
        Optional<LocalDate> due = task.milestones().stream().map(MilestoneAt::dueOn).max(Comparator.naturalOrder());
        if (due.isEmpty()) {
            return List.of();
        }
        LocalDate start = task.createdAt().atZone(ruleOf(task.planId()).zone()).toLocalDate();
        BigDecimal expected = LinearPace.expected(start, due.get(), today(task));
        List<TargetPace> paces = new ArrayList<>();
        for (TargetAt target : task.targets()) {
            TargetQuota quota = quota(task, target);
            if (unitId == null) {
                collectPaces(target.targetId(), quota.shares(), expected, paces);
            } else {
                quota.sharesOf(unitId).forEach(share -> paces.add(new TargetPace(target.targetId(),
                        holderName(share.viaGroup() == null ? unitId : null, share.viaGroup()), share.attainment(),
                        expected, share.soft())));
            }
        }
        return paces;
    }

    private void collectPaces(String targetId, List<QuotaNode> nodes, BigDecimal expected, List<TargetPace> into) {
        for (QuotaNode node : nodes) {
            into.add(new TargetPace(targetId, holderName(node.unitId(), node.groupId()), node.attainment(), expected,
                    node.soft()));
            collectPaces(targetId, node.children(), expected, into);
        }
    }

    /**
     * The task's final due date (最终完成时限) by the ledger rules: its latest milestone, each moved only by the
     * reschedulings and granted extensions recorded before the date they moved had passed; empty without milestones.
     */
    public Optional<LocalDate> finalDueOn(TaskAt task) {
        List<MilestoneDue> dues = task.milestones().stream().map(m -> new MilestoneDue(m.originalDueOn(),
                m.moves().stream().map(move -> new DueDateMove(move.at(), move.to())).toList())).toList();
        return FinalDueDate.of(dues, ruleOf(task.planId()).zone());
    }

    /** The completion rule in the task's plan's zone with this calendar. */
    public CompletionRule completionRule(String planId) {
        return new CompletionRule(calendar, ruleOf(planId).zone());
    }

    /** The task's completion for the plan's figures: assigned at its creation. */
    public TaskCompletion completion(TaskAt task) {
        return new TaskCompletion(finalDueOn(task).orElse(null), task.createdAt(), task.completedAt());
    }

    /**
     * The task's completion for one of its lead units: assigned when the unit became a lead unit; empty when it is
     * none (co-responsible units share the work, the lead unit answers for its completion).
     */
    public Optional<TaskCompletion> completion(TaskAt task, String leadUnitId) {
        Instant since = task.leadSince(leadUnitId);
        return since == null ? Optional.empty()
                : Optional.of(new TaskCompletion(finalDueOn(task).orElse(null), since, task.completedAt()));
    }

    /** How the task stands against its final due date at this instant. */
    public CompletionState completionState(TaskAt task) {
        return completionRule(task.planId()).state(completion(task), at);
    }

    /** Every unit or group holding a share of the target, walking its breakdown. */
    public static List<Allocation> flatten(List<Allocation> roots) {
        List<Allocation> nodes = new ArrayList<>();
        for (Allocation root : roots == null ? List.<Allocation>of() : roots) {
            nodes.add(root);
            nodes.addAll(flatten(root.children()));
        }
        return nodes;
    }
}
