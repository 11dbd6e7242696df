package duban.tasks.lookup;

import duban.calendar.WorkingDayCalendar;
import duban.events.task.ReportingCadence;
import duban.rules.period.PeriodVerdict;
import duban.rules.period.ReportablePeriods;
import duban.rules.period.TaskReporting;
import duban.tasks.task.port.ReportingPeriods;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The reporting periods of each task, by the ledger rules, from its plan's rule, its cadence and the calendar. */
@Singleton
public class CalendarReportingPeriods implements ReportingPeriods {

    @Inject
    PlanRules rules;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Override
    public PeriodVerdict judge(String planId, ReportingCadence cadence, Instant taskCreatedAt, LocalDate period) {
        return ReportablePeriods.judge(reportingOf(planId, cadence), taskCreatedAt, period, clock.instant());
    }

    @Override
    public LocalDate currentPeriod(String planId, ReportingCadence cadence, Instant taskCreatedAt) {
        return ReportablePeriods.current(reportingOf(planId, cadence), taskCreatedAt, clock.instant());
    }

    private TaskReporting reportingOf(String planId, ReportingCadence cadence) {
        return TaskReporting.of(rules.of(planId), cadence, calendar);
    }
}
