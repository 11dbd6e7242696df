package duban.tasks.task.domain;

import duban.calendar.WorkingDayCalendar;
import duban.events.plan.ReportingDayPolicy;
import duban.events.task.ReportingCadence;
import duban.rules.period.PeriodVerdict;
import duban.rules.period.PlanReportingRule;
import duban.rules.period.ReportablePeriods;
import duban.rules.period.TaskReporting;
import duban.tasks.task.port.ReportingPeriods;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link ReportingPeriods} by the ledger rules, for a plan reporting on the 5th and 20th that keeps its reporting
 * days whatever the calendar says (so the scenes need not know the holidays of 2017), with a settable today: it is
 * judged at noon of that day in Shanghai.
 */
final class CalendarDouble implements ReportingPeriods {

    private static final PlanReportingRule PLAN =
            PlanReportingRule.stated(List.of(5, 20), "Asia/Shanghai", ReportingDayPolicy.KEEP);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();
    private LocalDate today;

    CalendarDouble(LocalDate today) {
        this.today = today;
    }

    void setToday(LocalDate today) {
        this.today = today;
    }

    @Override
    public PeriodVerdict judge(String planId, ReportingCadence cadence, Instant taskCreatedAt, LocalDate period) {
        return ReportablePeriods.judge(TaskReporting.of(PLAN, cadence, CALENDAR), taskCreatedAt, period, now());
    }

    @Override
    public LocalDate currentPeriod(String planId, ReportingCadence cadence, Instant taskCreatedAt) {
        return ReportablePeriods.current(TaskReporting.of(PLAN, cadence, CALENDAR), taskCreatedAt, now());
    }

    private Instant now() {
        return today.atTime(12, 0).atZone(PLAN.zone()).toInstant();
    }
}
