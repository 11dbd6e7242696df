package duban.rules.period;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which period a report may name: a reporting day of the task's schedule, not before its first period, and begun.
 * Every past period stays open, so a late report is accepted (and judged LATE); a report cannot run ahead of the
 * calendar.
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
        if (period.isBefore(reporting.firstObligationPeriod(taskCreatedAt).nominalDay())) {
            return PeriodVerdict.BEFORE_TASK;
        }
        return now.isBefore(named.get().start()) ? PeriodVerdict.NOT_YET_OPEN : PeriodVerdict.OPEN;
    }

    /** The period a report names when it names none: the one open at {@code now}. */
    public static LocalDate current(TaskReporting reporting, Instant now) {
        return reporting.schedule().periodContaining(now).nominalDay();
    }
}
