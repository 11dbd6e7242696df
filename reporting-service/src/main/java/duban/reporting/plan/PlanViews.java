package duban.reporting.plan;

import duban.reporting.completion.CompletionCount;
import duban.reporting.completion.CompletionEntry;
import duban.reporting.view.ShareEntry;
import duban.rules.attainment.UnitShare;
import duban.rules.completion.CompletionFigures;
import duban.rules.compliance.ComplianceState;
import duban.rules.compliance.ReviewState;
import duban.rules.plan.TaskCodeOrder;
import duban.rules.rag.Rag;
import duban.view.acknowledgement.Acknowledgements;
import duban.view.acknowledgement.AcknowledgementsAt;
import duban.view.history.GroupVersion;
import duban.view.history.PlanVersion;
import duban.view.slice.LedgerAt;
import duban.view.slice.LedgerClock;
import duban.view.slice.MilestoneAt;
import duban.view.slice.PeriodState;
import duban.view.slice.TargetAt;
import duban.view.slice.TaskAt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Builds a plan's overview, quota table and period compliance from the ledger view. */
@ApplicationScoped
public class PlanViews {

    /** How many units an overview names as the most behind. */
    static final int UNITS_MOST_BEHIND = 10;

    @Inject
    LedgerClock ledgers;

    @Inject
    Acknowledgements acknowledgements;

    public Optional<PlanOverview> overview(String planId, Instant asOf) {
        LedgerAt ledger = ledgers.at(asOf);
        List<TaskAt> tasks = tasksOf(ledger, planId);
        if (tasks.isEmpty() && ledger.plan(planId).isEmpty()) {
            return Optional.empty();
        }
        Tally overall = new Tally();
        Map<String, Tally> areas = new TreeMap<>(TaskCodeOrder.INSTANCE);
        Map<String, String> areaTitles = new LinkedHashMap<>();
        Map<String, int[]> behind = new LinkedHashMap<>();
        int depth = TaskCodeOrder.areaDepth(tasks.stream().map(TaskAt::code).filter(code -> code != null).toList());
        AcknowledgementsAt acknowledged = acknowledgements.at(ledger);
        for (TaskAt task : tasks) {
            String area = TaskCodeOrder.area(task.code(), depth);
            if (task.code() != null && task.code().strip().equals(area)) {
                areaTitles.put(area, task.title());
            }
            // Every level's units acknowledge their assignment, not only a leaf's.
            int unacknowledged = (int) acknowledged.of(task).values().stream().filter(a -> a.outstanding()).count();
            overall.unacknowledged += unacknowledged;
            areas.computeIfAbsent(area, a -> new Tally()).unacknowledged += unacknowledged;
            if (!task.leaf()) {
                continue;
            }
            Tally areaTally = areas.computeIfAbsent(area, a -> new Tally());
            count(ledger, task, overall, areaTally, behind);
        }
        List<PlanOverview.Area> areaLines = new ArrayList<>();
        areas.forEach((area, tally) -> areaLines.add(new PlanOverview.Area(area, areaTitles.get(area), tally.counts())));
        Collator chinese = Collator.getInstance(Locale.CHINA);
        List<PlanOverview.UnitBehind> mostBehind = behind.entrySet().stream()
                .filter(entry -> entry.getValue()[0] + entry.getValue()[1] > 0)
                .map(entry -> new PlanOverview.UnitBehind(entry.getKey(), ledger.unitName(entry.getKey()),
                        entry.getValue()[0], entry.getValue()[1]))
                .sorted(Comparator.comparingInt((PlanOverview.UnitBehind u) -> -(u.overdueMilestones()
                                + u.missingReports()))
                        .thenComparing(PlanOverview.UnitBehind::unitName, chinese))
                .limit(UNITS_MOST_BEHIND)
                .toList();
        Optional<PlanVersion> plan = ledger.plan(planId);
        return Optional.of(new PlanOverview(planId, plan.map(PlanVersion::title).orElse(null),
                plan.map(PlanVersion::docNumber).orElse(null), ledger.at(), overall.counts(), areaLines, mostBehind));
    }

    /** Counts over leaf tasks. */
    private static final class Tally {
        int tasks;
        int open;
        int suspended;
        int completed;
        int cancelled;
        int red;
        int yellow;
        int green;
        int overdue;
        int missing;
        int returned;
        int unacknowledged;
        final CompletionFigures.Tally completion = new CompletionFigures.Tally();

        PlanOverview.Counts counts() {
            return new PlanOverview.Counts(tasks, open, suspended, completed, cancelled, red, yellow, green, overdue,
                    missing, returned, unacknowledged, CompletionEntry.of(completion.figures()));
        }
    }

    private static void count(LedgerAt ledger, TaskAt task, Tally overall, Tally area, Map<String, int[]> behind) {
        LocalDate today = ledger.today(task);
        boolean running = task.status().running();
        Rag colour = running ? ledger.rag(task).colour() : null;
        int overdue = 0;
        if (running) {
            for (MilestoneAt milestone : task.milestones()) {
                if (!milestone.done() && today.isAfter(milestone.dueOn())) {
                    overdue++;
                    List<String> bound = milestone.responsibleUnitIds().isEmpty() ? task.leadUnitIds()
                            : milestone.responsibleUnitIds();
                    bound.forEach(unit -> behind.computeIfAbsent(unit, u -> new int[2])[0]++);
                }
            }
        }
        int missing = 0;
        for (String unit : ledger.duties(task).keySet()) {
            int unitMissing = (int) ledger.record(task, unit).periods().stream()
                    .filter(p -> p.state() == ComplianceState.MISSING).count();
            missing += unitMissing;
            if (unitMissing > 0) {
                behind.computeIfAbsent(unit, u -> new int[2])[1] += unitMissing;
            }
        }
        for (Tally tally : List.of(overall, area)) {
            tally.tasks++;
            switch (task.status()) {
                case OPEN -> tally.open++;
                case SUSPENDED -> tally.suspended++;
                case COMPLETED -> tally.completed++;
                case CANCELLED -> tally.cancelled++;
            }
            tally.red += colour == Rag.RED ? 1 : 0;
            tally.yellow += colour == Rag.YELLOW ? 1 : 0;
            tally.green += colour == Rag.GREEN ? 1 : 0;
            tally.overdue += overdue;
            tally.missing += missing;
            tally.returned += task.returns().size();
            CompletionCount.add(ledger, task, tally.completion);
        }
    }

    public Optional<QuotaTable> quotas(String planId, Instant asOf) {
        LedgerAt ledger = ledgers.at(asOf);
        List<TaskAt> tasks = tasksOf(ledger, planId);
        if (tasks.isEmpty() && ledger.plan(planId).isEmpty()) {
            return Optional.empty();
        }
        Collator chinese = Collator.getInstance(Locale.CHINA);
        List<QuotaTable.Row> rows = new ArrayList<>();
        for (TaskAt task : tasks) {
            Set<String> units = new LinkedHashSet<>(ledger.standings(task).keySet());
            for (TargetAt target : task.targets()) {
                var quota = ledger.quota(task, target);
                List<QuotaTable.Row> targetRows = new ArrayList<>();
                for (String unitId : units) {
                    for (UnitShare share : quota.sharesOf(unitId)) {
                        ShareEntry entry = ShareEntry.of(target, share, share.viaGroup() == null ? null
                                : ledger.group(share.viaGroup()).map(GroupVersion::phrase).orElse(null));
                        targetRows.add(new QuotaTable.Row(unitId, ledger.unitName(unitId), task.taskId(), task.code(),
                                target.targetId(), target.description(), target.measureWord(), entry.viaGroup(),
                                entry.viaGroupPhrase(), entry.allocation(), entry.achieved(), entry.attainment(),
                                entry.soft()));
                    }
                }
                targetRows.sort(Comparator.comparing(QuotaTable.Row::unitName, chinese));
                rows.addAll(targetRows);
            }
        }
        return Optional.of(new QuotaTable(planId, ledger.at(), rows));
    }

    public Optional<PeriodCompliance> period(String planId, LocalDate period, Instant asOf) {
        LedgerAt ledger = ledgers.at(asOf);
        List<TaskAt> tasks = tasksOf(ledger, planId);
        if (tasks.isEmpty() && ledger.plan(planId).isEmpty()) {
            return Optional.empty();
        }
        Collator chinese = Collator.getInstance(Locale.CHINA);
        List<PeriodCompliance.Line> lines = new ArrayList<>();
        int[] counts = new int[5];
        int returned = 0;
        for (TaskAt task : tasks) {
            List<PeriodCompliance.Line> taskLines = new ArrayList<>();
            for (String unitId : ledger.duties(task).keySet()) {
                for (PeriodState state : ledger.record(task, unitId).periods()) {
                    if (!state.period().nominalDay().equals(period)) {
                        continue;
                    }
                    taskLines.add(new PeriodCompliance.Line(task.taskId(), task.code(), task.title(), unitId,
                            ledger.unitName(unitId), state.state().name(), state.period().deadlineDate(),
                            state.period().deadline(), state.firstFiledAt(), state.reportId(),
                            state.review() == null ? null : state.review().name(), state.returnReason(),
                            state.correctBy()));
                    returned += state.review() == ReviewState.RETURNED ? 1 : 0;
                    counts[switch (state.state()) {
                        case ON_TIME -> 1;
                        case LATE -> 2;
                        case MISSING -> 3;
                        case OPEN -> 4;
                    }]++;
                    counts[0] += state.state().settled() ? 1 : 0;
                }
            }
            taskLines.sort(Comparator.comparing(PeriodCompliance.Line::unitName, chinese));
            lines.addAll(taskLines);
        }
        return Optional.of(new PeriodCompliance(planId, period, ledger.at(), counts[0], counts[1], counts[2],
                counts[3], counts[4], returned, lines));
    }

    /** The plan's tasks that existed then, in the notice's order. */
    private static List<TaskAt> tasksOf(LedgerAt ledger, String planId) {
        List<TaskAt> tasks = new ArrayList<>(ledger.tasksOfPlan(planId));
        tasks.sort(Comparator.comparing(TaskAt::code, Comparator.nullsLast(TaskCodeOrder.INSTANCE)));
        return tasks;
    }
}
