package duban.rules.period;

import duban.calendar.WorkingDayCalendar;
import duban.events.task.ReportingCadence;
import duban.events.task.ReportingFrequency;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * When one task reports: its plan's schedule, unless the task's notice sets a cadence of its own (报送频次):
 * <ul>
 *   <li>named days (每月5日、20日): those days of every month;</li>
 *   <li>每半月: the plan's reporting days;</li>
 *   <li>每月: the plan's last reporting day of each month (the 20th by default), so that a month's report falls in
 *       the month it reports on;</li>
 *   <li>每季度: that day in the last month of each quarter (March, June, September, December);</li>
 *   <li>每周: every {@link #WEEKLY_DAY Friday}.</li>
 * </ul>
 * A cadence that starts later (从10月份开始) holds no period before its start: a unit assigned earlier owes its first
 * report as if assigned at the start of that day. Days off move every reporting day by the plan's policy.
 *
 * @param startsOn the first day the cadence applies, null when it applies from the task's creation
 */
public record TaskReporting(ReportingSchedule schedule, LocalDate startsOn) {

    /** The weekday a weekly report is due (周五). */
    public static final DayOfWeek WEEKLY_DAY = DayOfWeek.FRIDAY;

    private static final EnumSet<Month> QUARTER_ENDS =
            EnumSet.of(Month.MARCH, Month.JUNE, Month.SEPTEMBER, Month.DECEMBER);

    public TaskReporting {
        Objects.requireNonNull(schedule, "schedule");
    }

    /** The schedule of a task with this cadence (null: none stated) in a plan with this rule. */
    public static TaskReporting of(PlanReportingRule plan, ReportingCadence cadence, WorkingDayCalendar calendar) {
        if (cadence == null) {
            return new TaskReporting(plan.schedule(calendar), null);
        }
        return new TaskReporting(new ReportingSchedule(days(plan, cadence), plan.policy(), plan.zone(), calendar),
                cadence.startsOn());
    }

    private static ReportingDays days(PlanReportingRule plan, ReportingCadence cadence) {
        List<Integer> named = cadence.daysOfMonth() == null ? List.of() : cadence.daysOfMonth();
        ReportingFrequency frequency = cadence.frequency();
        if (frequency == ReportingFrequency.WEEKLY) {
            return new Weekly(WEEKLY_DAY);
        }
        if (!named.isEmpty()) {
            return frequency == ReportingFrequency.QUARTERLY ? DaysOfMonth.inMonths(named, QUARTER_ENDS)
                    : DaysOfMonth.every(named);
        }
        if (frequency == null || frequency == ReportingFrequency.SEMI_MONTHLY) {
            return DaysOfMonth.every(plan.reportingDays());
        }
        List<Integer> last = List.of(plan.reportingDays().get(plan.reportingDays().size() - 1));
        return frequency == ReportingFrequency.QUARTERLY ? DaysOfMonth.inMonths(last, QUARTER_ENDS)
                : DaysOfMonth.every(last);
    }

    /**
     * The first period a unit assigned at {@code assignedAt} owes: the first reporting day at least
     * {@value ReportingSchedule#MIN_DAYS_BEFORE_FIRST_REPORT} days after the assignment, or after the cadence's
     * start when that is later.
     */
    public ReportingPeriod firstObligationPeriod(Instant assignedAt) {
        return schedule.firstObligationPeriod(bindingFrom(assignedAt));
    }

    /** When a unit assigned at {@code assignedAt} is bound by the cadence: the later of the two. */
    public Instant bindingFrom(Instant assignedAt) {
        if (startsOn == null) {
            return assignedAt;
        }
        Instant start = startsOn.atStartOfDay(schedule.zone()).toInstant();
        return start.isAfter(assignedAt) ? start : assignedAt;
    }
}
