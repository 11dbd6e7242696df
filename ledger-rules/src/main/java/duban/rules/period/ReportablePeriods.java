package duban.rules.period;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which period a report may name: a reporting day of the task's schedule, not before its first period, and begun.
 * Every past period stays open, so a late report is accepted (and judged LATE); a report cannot run ahead of the
 * calendar, except into the task's first period, which is open from the task's creation: a task created within two
 * days of a deadline owes nothing for that period, and its units can report for the next one at once.
 */
public final class ReportablePeriods {

    private ReportablePeriods() {
    }

    /**
     * @param taskCreatedAt when the task was created: its first period is the first owed from then
     * @param period        the nominal reporting day the report names
     * @param now           the instant the report is filed
     */
    public static PeriodVerdict judge(TaskReporting reporting, Instant taskCreatedAt, LocalDate period, Instant now) {
        Optional<ReportingPeriod> named = reporting.schedule().periodNamed(period);
        if (named.isEmpty()) {
            return PeriodVerdict.NOT_A_PERIOD;
        }
        LocalDate first = reporting.firstObligationPeriod(taskCreatedAt).nominalDay();
        if (period.isBefore(first)) {
            return PeriodVerdict.BEFORE_TASK;
        }
        boolean begun = !now.isBefore(named.get().start()) || period.equals(first);
        return begun ? PeriodVerdict.OPEN : PeriodVerdict.NOT_YET_OPEN;
    }

    /**
     * The period a report names when it names none: the one open at {@code now}, or the task's first period when the
     * open one lies before it (the task was created too close to its deadline to owe it).
     */
    public static LocalDate current(TaskReporting reporting, Instant taskCreatedAt, Instant now) {
        LocalDate open = reporting.schedule().periodContaining(now).nominalDay();
        LocalDate first = reporting.firstObligationPeriod(taskCreatedAt).nominalDay();
        return open.isBefore(first) ? first : open;
    }
}
