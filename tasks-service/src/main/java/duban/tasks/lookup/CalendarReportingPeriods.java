package duban.tasks.lookup;

import duban.tasks.task.domain.PeriodVerdict;
import duban.tasks.task.domain.ReportingPeriods;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** TEMPORARY: replaced by the working-day calendar before commit. */
@Singleton
public class CalendarReportingPeriods implements ReportingPeriods {

    @Inject
    AgroalDataSource dataSource;

    Clock clock = Clock.systemUTC();

    @Override
    public PeriodVerdict judge(String planId, Instant taskCreatedAt, LocalDate period) {
        PlanRule rule = PlanRule.find(dataSource, planId).orElse(PlanRule.defaults(planId));
        if (!rule.reportingDays().contains(period.getDayOfMonth())) {
            return PeriodVerdict.NOT_A_PERIOD;
        }
        return PeriodVerdict.OPEN;
    }

    @Override
    public LocalDate currentPeriod(String planId) {
        PlanRule rule = PlanRule.find(dataSource, planId).orElse(PlanRule.defaults(planId));
        LocalDate today = LocalDate.now(clock.withZone(rule.zone()));
        LocalDate day = today;
        while (!rule.reportingDays().contains(day.getDayOfMonth())) {
            day = day.plusDays(1);
        }
        return day;
    }
}
