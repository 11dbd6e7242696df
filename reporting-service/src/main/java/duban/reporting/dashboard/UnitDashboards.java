package duban.reporting.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import duban.reporting.dashboard.api.UnitDashboard;
import duban.reporting.view.AcknowledgementEntry;
import duban.reporting.view.PeriodEntry;
import duban.reporting.view.ReportEntry;
import duban.reporting.view.ShareEntry;
import duban.reporting.view.Signal;
import duban.rules.acknowledgement.Acknowledgement;
import duban.rules.compliance.ComplianceState;
import duban.rules.duty.Standing;
import duban.rules.duty.UnitStanding;
import duban.rules.period.PlanReportingRule;
import duban.rules.plan.TaskCodeOrder;
import duban.rules.rag.Rag;
import duban.rules.rag.RagVerdict;
import duban.rules.status.TaskStatus;
import duban.view.acknowledgement.Acknowledgements;
import duban.view.acknowledgement.AcknowledgementsAt;
import duban.view.history.GroupVersion;
import duban.view.slice.LedgerAt;
import duban.view.slice.LedgerClock;
import duban.view.slice.MilestoneAt;
import duban.view.slice.PeriodState;
import duban.view.slice.TargetAt;
import duban.view.slice.TaskAt;
import duban.view.slice.UnitRecord;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds a unit's dashboard from the ledger view. */
@ApplicationScoped
public class UnitDashboards {

    /** How many of the latest periods a task's entry and the unit's summary show. */
    static final int RECENT_PERIODS = 6;
    static final int SUMMARY_PERIODS = 12;
    static final int DUE_SOON_DAYS = 7;

    @Inject
    LedgerClock ledgers;

    @Inject
    ObjectMapper json;

    @Inject
    Acknowledgements acknowledgements;

    @ConfigProperty(name = "duban.dashboard.cache-size", defaultValue = "10000")
    int cacheSize;

    private DashboardCache cache;

    @PostConstruct
    void createCache() {
        cache = new DashboardCache(cacheSize);
    }

    /**
     * The dashboard as JSON. One of "now" is answered from the cache while the unit's stamp in the ledger view is the
     * one it was made from and the day has not turned.
     */
    public byte[] json(String unitId, DashboardQuery query) {
        if (query.asOf() != null) {
            return write(of(unitId, query));
        }
        LedgerAt ledger = ledgers.at(null);
        long stamp = ledger.memory().stampOf(unitId);
        String key = unitId + '\n' + query.planId() + '\n' + query.status() + '\n' + query.signal() + '\n'
                + query.page() + '\n' + query.size();
        byte[] cached = cache.find(key, stamp, ledger.at());
        if (cached != null) {
            return cached;
        }
        UnitDashboard dashboard = of(unitId, query, ledger);
        byte[] written = write(dashboard);
        cache.keep(key, new DashboardCache.Entry(stamp, nextDayAnywhere(ledger, dashboard), written));
        return written;
    }

    private byte[] write(UnitDashboard dashboard) {
        try {
            return json.writeValueAsBytes(dashboard);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the dashboard of " + dashboard.unitId(), e);
        }
    }

    /** The first midnight after now in any zone of the plans on the dashboard (Asia/Shanghai when there are none). */
    private static Instant nextDayAnywhere(LedgerAt ledger, UnitDashboard dashboard) {
        Set<ZoneId> zones = new LinkedHashSet<>();
        dashboard.tasks().forEach(entry -> zones.add(ledger.ruleOf(entry.planId()).zone()));
        if (zones.isEmpty()) {
            zones.add(PlanReportingRule.DEFAULT_ZONE);
        }
        return zones.stream()
                .map(zone -> ledger.at().atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant())
                .min(Comparator.naturalOrder()).orElseThrow();
    }

    public UnitDashboard of(String unitId, DashboardQuery query) {
        return of(unitId, query, ledgers.at(query.asOf()));
    }

    private UnitDashboard of(String unitId, DashboardQuery query, LedgerAt ledger) {
        List<TaskAt> tasks = new ArrayList<>(ledger.tasksOf(unitId));
        tasks.sort(Comparator.comparing(TaskAt::planId).thenComparing(TaskAt::code, TaskCodeOrder.INSTANCE));
        AcknowledgementsAt acknowledged = acknowledgements.at(ledger);
        List<Line> lines = tasks.stream().map(task -> line(ledger, acknowledged, task, unitId)).toList();
        List<UnitDashboard.Entry> selected = lines.stream()
                .filter(line -> query.planId() == null || query.planId().equals(line.task().planId()))
                .filter(line -> query.status() == null || query.status() == line.task().status())
                .filter(line -> query.signal() == null || query.signal() == line.verdict().colour())
                .map(Line::entry)
                .toList();
        int from = Math.min(selected.size(), query.page() * query.size());
        List<UnitDashboard.Entry> page = selected.subList(from, Math.min(selected.size(), from + query.size()));
        Set<String> warnings = new LinkedHashSet<>();
        lines.forEach(line -> warnings.addAll(line.warnings()));
        return new UnitDashboard(unitId, ledger.unitName(unitId), ledger.at(), counts(lines),
                periods(lines), new UnitDashboard.Page(query.page(), query.size(), selected.size()), page,
                List.copyOf(warnings));
    }

    /** One task as the unit sees it, with what the counts need. */
    private record Line(TaskAt task, RagVerdict verdict, UnitRecord record, List<MilestoneAt> milestones,
                        LocalDate today, Acknowledgement acknowledgement, UnitDashboard.Entry entry,
                        List<String> warnings) {
    }

    private Line line(LedgerAt ledger, AcknowledgementsAt acknowledged, TaskAt task, String unitId) {
        Acknowledgement acknowledgement = acknowledged.of(task, unitId).orElse(null);
        UnitStanding standing = ledger.standings(task).get(unitId);
        RagVerdict verdict = ledger.rag(task, unitId);
        UnitRecord record = ledger.record(task, unitId);
        LocalDate today = ledger.today(task);
        List<MilestoneAt> milestones = task.milestones().stream()
                .filter(m -> m.binds(unitId, task.leadUnitIds())).toList();
        List<PeriodState> periods = record.periods();
        List<PeriodEntry> recent = periods.subList(Math.max(0, periods.size() - RECENT_PERIODS), periods.size())
                .stream().map(PeriodEntry::of).toList();
        UnitDashboard.OpenPeriod open = record.open() == null ? null : new UnitDashboard.OpenPeriod(
                record.open().period().nominalDay(), record.open().period().deadlineDate(),
                record.open().period().deadline(), record.open().period().isMoved(), record.open().state().filed());
        UnitDashboard.Entry entry = new UnitDashboard.Entry(task.taskId(), task.planId(), task.code(), task.title(),
                task.status().name(), standing.primary().name(),
                standing.standings().stream().sorted().map(Standing::name).toList(), standing.viaGroups(),
                standing.owesReports() && ledger.binds(task), task.version(), Signal.of(verdict),
                nextMilestone(task, milestones, today), open, recent, ReportEntry.of(task.latestFiling(unitId)),
                shares(ledger, task, unitId), AcknowledgementEntry.of(acknowledgement));
        List<String> warnings = record.open() == null ? List.of()
                : ledger.calendar().warnings(today, record.open().period().deadlineDate());
        return new Line(task, verdict, record, milestones, today, acknowledgement, entry, warnings);
    }

    private static UnitDashboard.NextMilestone nextMilestone(TaskAt task, List<MilestoneAt> binding, LocalDate today) {
        List<MilestoneAt> candidates = binding.isEmpty() ? List.copyOf(task.milestones()) : binding;
        return candidates.stream().filter(m -> !m.done()).min(Comparator.comparing(MilestoneAt::dueOn))
                .map(m -> new UnitDashboard.NextMilestone(m.milestoneId(), m.description(), m.dueOn(),
                        today.isAfter(m.dueOn())))
                .orElse(null);
    }

    private static List<ShareEntry> shares(LedgerAt ledger, TaskAt task, String unitId) {
        List<ShareEntry> shares = new ArrayList<>();
        for (TargetAt target : task.targets()) {
            ledger.quota(task, target).sharesOf(unitId).forEach(share -> shares.add(ShareEntry.of(target, share,
                    share.viaGroup() == null ? null
                            : ledger.group(share.viaGroup()).map(GroupVersion::phrase).orElse(null))));
        }
        return shares;
    }

    private static UnitDashboard.Counts counts(List<Line> lines) {
        int open = 0;
        int suspended = 0;
        int completed = 0;
        int cancelled = 0;
        int red = 0;
        int yellow = 0;
        int green = 0;
        int overdue = 0;
        int dueSoon = 0;
        int missing = 0;
        int unfiled = 0;
        int unacknowledged = 0;
        for (Line line : lines) {
            TaskStatus status = line.task().status();
            open += status == TaskStatus.OPEN ? 1 : 0;
            suspended += status == TaskStatus.SUSPENDED ? 1 : 0;
            completed += status == TaskStatus.COMPLETED ? 1 : 0;
            cancelled += status == TaskStatus.CANCELLED ? 1 : 0;
            Rag colour = line.verdict().colour();
            red += colour == Rag.RED ? 1 : 0;
            yellow += colour == Rag.YELLOW ? 1 : 0;
            green += colour == Rag.GREEN ? 1 : 0;
            for (MilestoneAt milestone : line.milestones()) {
                if (!milestone.done() && line.today().isAfter(milestone.dueOn())) {
                    overdue++;
                } else if (!milestone.done() && !milestone.dueOn().isAfter(line.today().plusDays(DUE_SOON_DAYS))) {
                    dueSoon++;
                }
            }
            missing += (int) line.record().periods().stream().filter(p -> p.state() == ComplianceState.MISSING)
                    .count();
            unfiled += line.record().open() != null && !line.record().open().state().filed() ? 1 : 0;
            unacknowledged += line.acknowledgement() != null && line.acknowledgement().outstanding() ? 1 : 0;
        }
        return new UnitDashboard.Counts(lines.size(), open, suspended, completed, cancelled, red, yellow, green,
                overdue, dueSoon, missing, unfiled, unacknowledged);
    }

    private static List<UnitDashboard.PeriodSummary> periods(List<Line> lines) {
        TreeMap<LocalDate, int[]> byPeriod = new TreeMap<>();
        for (Line line : lines) {
            for (PeriodState state : line.record().periods()) {
                int[] counts = byPeriod.computeIfAbsent(state.period().nominalDay(), p -> new int[5]);
                counts[0]++;
                counts[switch (state.state()) {
                    case ON_TIME -> 1;
                    case LATE -> 2;
                    case MISSING -> 3;
                    case OPEN -> 4;
                }]++;
            }
        }
        List<UnitDashboard.PeriodSummary> summaries = new ArrayList<>();
        for (Map.Entry<LocalDate, int[]> period : byPeriod.descendingMap().entrySet()) {
            if (summaries.size() == SUMMARY_PERIODS) {
                break;
            }
            int[] c = period.getValue();
            summaries.add(new UnitDashboard.PeriodSummary(period.getKey(), c[0], c[1], c[2], c[3], c[4]));
        }
        return summaries;
    }
}
