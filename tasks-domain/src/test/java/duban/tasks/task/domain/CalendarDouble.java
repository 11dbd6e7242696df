package duban.tasks.task.domain;

import duban.tasks.task.port.PeriodVerdict;
import duban.tasks.task.port.ReportingPeriods;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * {@link ReportingPeriods} by its contract for a plan reporting on the 5th and 20th, without holidays
 * (the working-day calendar is the app's), with a settable today.
 */
final class CalendarDouble implements ReportingPeriods {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private LocalDate today;

    CalendarDouble(LocalDate today) {
        this.today = today;
    }

    void setToday(LocalDate today) {
        this.today = today;
    }

    @Override
    public PeriodVerdict judge(String planId, Instant taskCreatedAt, LocalDate period) {
        if (period.getDayOfMonth() != 5 && period.getDayOfMonth() != 20) {
            return PeriodVerdict.NOT_A_PERIOD;
        }
        if (period.isBefore(reportingDayOnOrAfter(taskCreatedAt.atZone(SHANGHAI).toLocalDate().plusDays(2)))) {
            return PeriodVerdict.BEFORE_TASK;
        }
        if (period.isAfter(currentPeriod(planId))) {
            return PeriodVerdict.NOT_YET_OPEN;
        }
        return PeriodVerdict.OPEN;
    }

    @Override
    public LocalDate currentPeriod(String planId) {
        return reportingDayOnOrAfter(today);
    }

    private static LocalDate reportingDayOnOrAfter(LocalDate day) {
        LocalDate candidate = day;
        while (candidate.getDayOfMonth() != 5 && candidate.getDayOfMonth() != 20) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }
}
