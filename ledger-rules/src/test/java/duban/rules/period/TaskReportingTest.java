package duban.rules.period;

import static org.assertj.core.api.Assertions.assertThat;

import duban.calendar.WorkingDayCalendar;
import duban.events.plan.ReportingDayPolicy;
import duban.events.task.ReportingCadence;
import duban.events.task.ReportingFrequency;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A task's own cadence (报送频次) over its plan's rule. */
class TaskReportingTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();
    private static final PlanReportingRule PLAN = PlanReportingRule.defaults();

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static TaskReporting with(ReportingFrequency frequency, LocalDate startsOn, List<Integer> days) {
        return TaskReporting.of(PLAN, new ReportingCadence(frequency, startsOn, days, "clause"), CALENDAR);
    }

    @Test
    void aTaskWithoutCadenceReportsOnItsPlansDays() {
        TaskReporting reporting = TaskReporting.of(PLAN, null, CALENDAR);

        assertThat(reporting.schedule().reportingDaysIn(YearMonth.of(2017, 11)))
                .containsExactly(date("2017-11-05"), date("2017-11-20"));
        assertThat(reporting.startsOn()).isNull();
    }

    @Test
    void semiMonthlyIsThePlansDaysAndNamedDaysAreTheTasksOwn() {
        PlanReportingRule tenth = PlanReportingRule.stated(List.of(10, 25), null, null);

        assertThat(TaskReporting.of(tenth, new ReportingCadence(ReportingFrequency.SEMI_MONTHLY, null, List.of(), "每半月"),
                CALENDAR).schedule().daysOfMonth()).containsExactly(10, 25);
        assertThat(with(ReportingFrequency.MONTHLY, null, List.of(5, 20)).schedule().daysOfMonth())
                .containsExactly(5, 20);
        assertThat(with(ReportingFrequency.MONTHLY, null, List.of(25)).schedule().reportingDaysIn(YearMonth.of(2017, 12)))
                .containsExactly(date("2017-12-25"));
    }

    @Test
    void monthlyWithoutDaysIsThePlansLastDayAndQuarterlyThatDayAtEachQuarterEnd() {
        assertThat(with(ReportingFrequency.MONTHLY, null, List.of()).schedule().reportingDaysIn(YearMonth.of(2017, 11)))
                .containsExactly(date("2017-11-20"));
        TaskReporting quarterly = with(ReportingFrequency.QUARTERLY, null, List.of());
        assertThat(quarterly.schedule().reportingDaysIn(YearMonth.of(2017, 11))).isEmpty();
        assertThat(quarterly.schedule().reportingDaysIn(YearMonth.of(2017, 12))).containsExactly(date("2017-12-20"));
        // the period that holds November runs from September's reporting day to December's
        ReportingPeriod period = quarterly.schedule().periodContaining(shanghai("2017-11-10T10:00"));
        assertThat(period.nominalDay()).isEqualTo(date("2017-12-20"));
        assertThat(period.start()).isEqualTo(shanghai("2017-09-21T00:00"));
    }

    @Test
    void weeklyIsEveryFridayMovedPastDaysOff() {
        TaskReporting weekly = with(ReportingFrequency.WEEKLY, null, List.of());

        assertThat(TaskReporting.WEEKLY_DAY).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(weekly.schedule().reportingDaysIn(YearMonth.of(2017, 11)))
                .containsExactly(date("2017-11-03"), date("2017-11-10"), date("2017-11-17"), date("2017-11-24"));
        // Friday 2017-10-06 falls in 国庆节: due Monday the 9th
        ReportingPeriod holiday = weekly.schedule().periodNamed(date("2017-10-06")).orElseThrow();
        assertThat(holiday.deadlineDate()).isEqualTo(date("2017-10-09"));
        assertThat(holiday.start()).isEqualTo(shanghai("2017-09-30T00:00"));
    }

    @Test
    void aCadenceStartingLaterOwesNothingBeforeItsStart() {
        // 从10月份开始每半月报送: a task created in August first owes the report of 10-05 (moved to 10-09)
        TaskReporting fromOctober = with(ReportingFrequency.SEMI_MONTHLY, date("2017-10-01"), List.of());

        assertThat(fromOctober.firstObligationPeriod(shanghai("2017-08-10T10:00")).nominalDay())
                .isEqualTo(date("2017-10-05"));
        assertThat(fromOctober.bindingFrom(shanghai("2017-08-10T10:00"))).isEqualTo(shanghai("2017-10-01T00:00"));
        // assigned after the start: the start no longer matters, the two days' grace does
        assertThat(fromOctober.firstObligationPeriod(shanghai("2017-11-19T10:00")).nominalDay())
                .isEqualTo(date("2017-12-05"));
    }

    @Test
    void theCadenceKeepsThePlansDayOffPolicyAndZone() {
        PlanReportingRule keep = PlanReportingRule.stated(null, null, ReportingDayPolicy.KEEP);
        TaskReporting reporting = TaskReporting.of(keep,
                new ReportingCadence(ReportingFrequency.MONTHLY, null, List.of(5), "每月5日"), CALENDAR);

        assertThat(reporting.schedule().periodNamed(date("2017-10-05")).orElseThrow().deadlineDate())
                .isEqualTo(date("2017-10-05"));
        assertThat(reporting.schedule().zone()).isEqualTo(SHANGHAI);
    }
}
