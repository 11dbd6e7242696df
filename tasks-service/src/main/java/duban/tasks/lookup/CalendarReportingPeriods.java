package duban.tasks.lookup;

import duban.calendar.ReportingPeriod;
import duban.calendar.ReportingSchedule;
import duban.calendar.WorkingDayCalendar;
import duban.tasks.task.port.PeriodVerdict;
import duban.tasks.task.port.ReportingPeriods;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The reporting periods of each plan, from its rules and the working-day calendar. */
@Singleton
public class CalendarReportingPeriods implements ReportingPeriods {

    @Inject
    PlanRules rules;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Override
    public PeriodVerdict judge(String planId, Instant taskCreatedAt, LocalDate period) {
        ReportingSchedule schedule = scheduleOf(planId);
        Optional<ReportingPeriod> named = schedule.periodNamed(period);
        if (named.isEmpty()) {
            return PeriodVerdict.NOT_A_PERIOD;
        }
        if (period.isBefore(schedule.firstObligationPeriod(taskCreatedAt).nominalDay())) {
            return PeriodVerdict.BEFORE_TASK;
        }
        return clock.instant().isBefore(named.get().start()) ? PeriodVerdict.NOT_YET_OPEN : PeriodVerdict.OPEN;
    }

    @Override
    public LocalDate currentPeriod(String planId) {
        return scheduleOf(planId).periodContaining(clock.instant()).nominalDay();
    }

    private ReportingSchedule scheduleOf(String planId) {
        PlanRule rule = rules.of(planId);
        return new ReportingSchedule(rule.reportingDays(), rule.policy(), rule.zone(), calendar);
    }
}
