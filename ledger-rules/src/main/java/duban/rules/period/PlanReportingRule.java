package duban.rules.period;

import duban.calendar.WorkingDayCalendar;
import duban.events.plan.ReportingDayPolicy;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A plan's reporting rule: its reporting days (报送日), time zone and what a day off does to a reporting day. A plan
 * that names none of them, or a task whose plan is not known (yet), follows the defaults: the 5th and the 20th,
 * Asia/Shanghai, moved to the next working day.
 *
 * @param reportingDays days of the month, ascending and distinct
 */
public record PlanReportingRule(List<Integer> reportingDays, ZoneId zone, ReportingDayPolicy policy) {

    public static final List<Integer> DEFAULT_REPORTING_DAYS = List.of(5, 20);
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    public static final ReportingDayPolicy DEFAULT_POLICY = ReportingDayPolicy.NEXT_WORKING_DAY;

    private static final PlanReportingRule DEFAULTS =
            new PlanReportingRule(DEFAULT_REPORTING_DAYS, DEFAULT_ZONE, DEFAULT_POLICY);

    public PlanReportingRule {
        reportingDays = List.copyOf(new TreeSet<>(Objects.requireNonNull(reportingDays, "reportingDays")));
        if (reportingDays.isEmpty()) {
            throw new IllegalArgumentException("a plan has at least one reporting day");
        }
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(policy, "policy");
    }

    /** The rule of a plan that states nothing. */
    public static PlanReportingRule defaults() {
        return DEFAULTS;
    }

    /** The rule as a plan's registration states it: whatever it leaves out (null or empty) is the default. */
    public static PlanReportingRule stated(List<Integer> reportingDays, String zone, ReportingDayPolicy policy) {
        return DEFAULTS.amendedBy(reportingDays, zone, policy);
    }

    /** This rule with what an amendment states: whatever it leaves out (null or empty) stays as it is. */
    public PlanReportingRule amendedBy(List<Integer> reportingDays, String zone, ReportingDayPolicy policy) {
        return new PlanReportingRule(
                reportingDays == null || reportingDays.isEmpty() ? this.reportingDays : reportingDays,
                zone == null ? this.zone : ZoneId.of(zone),
                policy == null ? this.policy : policy);
    }

    /** The plan's own schedule: its reporting days in every month. */
    public ReportingSchedule schedule(WorkingDayCalendar calendar) {
        return new ReportingSchedule(DaysOfMonth.every(reportingDays), policy, zone, calendar);
    }
}
