package duban.rules.duty;

import duban.rules.period.ReportingPeriod;
import duban.rules.period.TaskReporting;
import duban.rules.status.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/** Which periods a unit owes a report for on a task. */
public final class ReportingDuty {

    private ReportingDuty() {
    }

    /**
     * Whether a task binds its units to report at all: only a running task, and only a leaf of the plan's tree (an
     * area or item with children reports through them).
     */
    public static boolean binds(TaskStatus status, boolean leaf) {
        return status.running() && leaf;
    }

    /**
     * The periods owed over the given spans, whose deadline is not after {@code until}: for each span, every
     * period from the first one owed after its start (two days' grace, the cadence's start) whose deadline falls
     * before the span ended. A task completed, suspended or reassigned before a deadline owes nothing for it.
     * Periods are in order, each once however the spans overlap.
     */
    public static List<ReportingPeriod> owedPeriods(TaskReporting reporting, List<DutySpan> spans, Instant until) {
        TreeMap<LocalDate, ReportingPeriod> owed = new TreeMap<>();
        List<DutySpan> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparing(DutySpan::from));
        for (DutySpan span : ordered) {
            ReportingPeriod period = reporting.firstObligationPeriod(span.from());
            while (!period.deadline().isAfter(until) && (span.to() == null || !period.deadline().isAfter(span.to()))) {
                owed.put(period.nominalDay(), period);
                period = reporting.schedule().next(period);
            }
        }
        return List.copyOf(owed.values());
    }

    /**
     * The period a unit bound over these spans owes next at {@code now}: the one open now if it is owed, else the
     * first owed one after now; null when no span is open (the unit owes nothing more).
     */
    public static ReportingPeriod nextOwed(TaskReporting reporting, List<DutySpan> spans, Instant now) {
        ReportingPeriod best = null;
        for (DutySpan span : spans) {
            if (span.to() != null && !span.to().isAfter(now)) {
                continue;
            }
            ReportingPeriod first = reporting.firstObligationPeriod(span.from());
            ReportingPeriod current = reporting.schedule().periodContaining(now);
            ReportingPeriod candidate = first.nominalDay().isAfter(current.nominalDay()) ? first : current;
            if (span.to() != null && candidate.deadline().isAfter(span.to())) {
                continue;
            }
            if (best == null || candidate.nominalDay().isBefore(best.nominalDay())) {
                best = candidate;
            }
        }
        return best;
    }
}
