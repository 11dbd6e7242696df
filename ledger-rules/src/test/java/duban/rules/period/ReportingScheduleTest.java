package duban.rules.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.calendar.WorkingDayCalendar;
import duban.events.plan.ReportingDayPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();

    private final ReportingSchedule standard = PlanReportingRule.defaults().schedule(CALENDAR);
    private final ReportingSchedule keep =
            new ReportingSchedule(List.of(5, 20), ReportingDayPolicy.KEEP, SHANGHAI, CALENDAR);

    /** An instant given as Shanghai wall-clock time, as a unit clerk would read it. */
    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0} moves to {1}")
    @CsvSource({
        "2017-10-05, 2017-10-09",  // 国庆节、中秋节 2017
        "2017-05-20, 2017-05-22",  // a Saturday the 20th: to Monday
        "2017-11-05, 2017-11-06",  // a Sunday the 5th: to Monday
        "2017-11-20, 2017-11-20",  // a Monday: stays
        "2026-09-20, 2026-09-20",  // a Sunday worked (国庆节调休): stays
        "2026-02-20, 2026-02-24",  // 春节 2026
        "2026-04-05, 2026-04-07",  // 清明节 2026
        "2026-05-05, 2026-05-06",  // 劳动节 2026
        "2026-06-20, 2026-06-22",  // 端午节 2026, on a Saturday
        "2026-10-05, 2026-10-08",  // 国庆节 2026
        "2025-10-05, 2025-10-09",  // 国庆节、中秋节 2025
        "2031-10-05, 2031-10-06",  // unknown year: weekends only
    })
    void movesAReportingDayOffToTheNextWorkingDay(LocalDate nominal, LocalDate effective) {
        assertThat(standard.effectiveDeadlineDate(nominal)).isEqualTo(effective);
    }

    @Test
    void keepsTheNominalDayUnderTheKeepPolicy() {
        assertThat(keep.effectiveDeadlineDate(date("2017-10-05"))).isEqualTo(date("2017-10-05"));
        assertThat(keep.periodNamed(date("2017-10-05")).orElseThrow().deadline()).isEqualTo(shanghai("2017-10-06T00:00"));
    }

    @Test
    void namesAPeriodByItsNominalDayWithTheDeadlineAtTheEndOfTheEffectiveDay() {
        ReportingPeriod period = standard.periodNamed(date("2017-11-20")).orElseThrow();

        assertThat(period.nominalDay()).isEqualTo(date("2017-11-20"));
        assertThat(period.deadlineDate()).isEqualTo(date("2017-11-20"));
        assertThat(period.deadline()).isEqualTo(Instant.parse("2017-11-20T16:00:00Z"));
        // the previous reporting day, Sunday 2017-11-05, moved to Monday the 6th
        assertThat(period.start()).isEqualTo(shanghai("2017-11-07T00:00"));
        assertThat(period.isMoved()).isFalse();

        ReportingPeriod holiday = standard.periodNamed(date("2017-10-05")).orElseThrow();
        assertThat(holiday.deadlineDate()).isEqualTo(date("2017-10-09"));
        assertThat(holiday.deadline()).isEqualTo(shanghai("2017-10-10T00:00"));
        assertThat(holiday.start()).isEqualTo(shanghai("2017-09-21T00:00"));
        assertThat(holiday.isMoved()).isTrue();
    }

    @Test
    void namesNoPeriodForADayThatIsNotAReportingDay() {
        assertThat(standard.periodNamed(date("2017-11-19"))).isEmpty();
        assertThat(standard.periodNamed(date("2017-10-09"))).as("a moved deadline does not name a period").isEmpty();
    }

    @Test
    void theLastSecondOfTheDeadlineDayBelongsToThePeriodAndTheNextDayDoesNot() {
        assertThat(standard.periodContaining(shanghai("2017-11-20T23:59:59")).nominalDay()).isEqualTo(date("2017-11-20"));
        assertThat(standard.periodContaining(shanghai("2017-11-21T00:00")).nominalDay())
                .as("24:00 itself closes the period").isEqualTo(date("2017-11-20"));
        assertThat(standard.periodContaining(shanghai("2017-11-21T00:00:01")).nominalDay()).isEqualTo(date("2017-12-05"));

        ReportingPeriod period = standard.periodNamed(date("2017-11-20")).orElseThrow();
        assertThat(period.contains(shanghai("2017-11-20T23:59:59"))).isTrue();
        assertThat(period.contains(shanghai("2017-11-21T00:00:01"))).isFalse();
        assertThat(period.contains(period.start())).as("start is exclusive").isFalse();
    }

    @Test
    void aPeriodWhoseDayMovedStillHoldsTheDaysAfterItsNominalDay() {
        assertThat(standard.periodContaining(shanghai("2017-10-07T12:00")).nominalDay()).isEqualTo(date("2017-10-05"));
        assertThat(standard.periodContaining(shanghai("2017-10-09T23:59:59")).nominalDay()).isEqualTo(date("2017-10-05"));
        assertThat(standard.periodContaining(shanghai("2017-10-10T00:00:01")).nominalDay()).isEqualTo(date("2017-10-20"));
        // 春节 2026: the 20th moves to Tuesday the 24th
        assertThat(standard.periodContaining(shanghai("2026-02-23T18:00")).deadlineDate()).isEqualTo(date("2026-02-24"));
    }

    @Test
    void theNextDeadlineIsThatOfTheOpenPeriod() {
        assertThat(standard.nextDeadline(shanghai("2017-10-01T10:00"))).isEqualTo(shanghai("2017-10-10T00:00"));
        assertThat(standard.nextDeadline(shanghai("2017-12-25T09:00"))).isEqualTo(shanghai("2018-01-06T00:00"));
    }

    @Test
    void listsConsecutivePeriodsBetweenTwoInstants() {
        List<ReportingPeriod> periods = standard.periodsBetween(shanghai("2017-09-25T10:00"), shanghai("2017-11-21T00:00:01"));

        assertThat(periods).extracting(ReportingPeriod::nominalDay).containsExactly(
                date("2017-10-05"), date("2017-10-20"), date("2017-11-05"), date("2017-11-20"), date("2017-12-05"));
        for (int i = 1; i < periods.size(); i++) {
            assertThat(periods.get(i).start()).isEqualTo(periods.get(i - 1).deadline());
        }
        assertThat(standard.periodsBetween(shanghai("2017-11-10T10:00"), shanghai("2017-11-12T10:00")))
                .extracting(ReportingPeriod::nominalDay).containsExactly(date("2017-11-20"));
        assertThatThrownBy(() -> standard.periodsBetween(shanghai("2017-11-12T10:00"), shanghai("2017-11-10T10:00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "assigned {0} Shanghai → first report for {1}")
    @CsvSource({
        "2017-11-18T10:00, 2017-11-20",  // exactly 2 days before
        "2017-11-18T23:59, 2017-11-20",
        "2017-11-19T00:00, 2017-12-05",  // 1 day before: the next one
        "2017-11-20T09:00, 2017-12-05",  // on the reporting day itself
        "2017-10-04T15:00, 2017-10-05",  // the 5th moved to the 9th: 5 days to go
        "2017-10-08T15:00, 2017-10-20",  // the moved deadline (9th) is only 1 day away
        "2017-12-30T10:00, 2018-01-05",  // across the year
    })
    void theFirstObligationIsTheFirstReportingDayAtLeastTwoDaysAfterTheAssignment(String assigned, LocalDate nominal) {
        assertThat(standard.firstObligationPeriod(shanghai(assigned)).nominalDay()).isEqualTo(nominal);
    }

    @Test
    void theFirstObligationCountsDaysInTheScheduleZone() {
        // 2017-11-18T17:00Z is already 01:00 on the 19th in Shanghai: one day before the 20th
        assertThat(standard.firstObligationPeriod(Instant.parse("2017-11-18T17:00:00Z")).nominalDay())
                .isEqualTo(date("2017-12-05"));
        assertThat(standard.firstObligationPeriod(Instant.parse("2017-11-18T15:59:59Z")).nominalDay())
                .isEqualTo(date("2017-11-20"));
    }

    @Test
    void aReportingDayBeyondTheMonthMeansItsLastDay() {
        ReportingSchedule monthEnd = new ReportingSchedule(List.of(31, 5), ReportingDayPolicy.KEEP, SHANGHAI, CALENDAR);

        assertThat(monthEnd.daysOfMonth()).containsExactly(5, 31);
        assertThat(monthEnd.reportingDaysIn(YearMonth.of(2026, 2))).containsExactly(date("2026-02-05"), date("2026-02-28"));
        assertThat(monthEnd.reportingDaysIn(YearMonth.of(2028, 2))).containsExactly(date("2028-02-05"), date("2028-02-29"));
        assertThat(monthEnd.reportingDaysIn(YearMonth.of(2026, 4))).containsExactly(date("2026-04-05"), date("2026-04-30"));
        assertThat(monthEnd.periodNamed(date("2026-04-30"))).isPresent();
        assertThat(monthEnd.periodNamed(date("2026-03-30"))).isEmpty();
        assertThat(monthEnd.periodContaining(shanghai("2026-02-28T12:00")).nominalDay()).isEqualTo(date("2026-02-28"));
        assertThat(monthEnd.periodContaining(shanghai("2026-03-01T00:00:01")).nominalDay()).isEqualTo(date("2026-03-05"));
        assertThat(monthEnd.periodNamed(date("2026-03-05")).orElseThrow().start()).isEqualTo(shanghai("2026-03-01T00:00"));
    }

    @Test
    void twoConfiguredDaysOnTheSameMonthEndMakeOneReportingDay() {
        ReportingSchedule schedule = new ReportingSchedule(List.of(30, 31), ReportingDayPolicy.NEXT_WORKING_DAY, SHANGHAI, CALENDAR);

        assertThat(schedule.reportingDaysIn(YearMonth.of(2026, 2))).containsExactly(date("2026-02-28"));
        // Saturday 2026-02-28 is a 调休 workday: it stays
        assertThat(schedule.effectiveDeadlineDate(date("2026-02-28"))).isEqualTo(date("2026-02-28"));
        // Saturday 2026-01-31 moved to Monday 02-02, so its period still holds 02-01
        assertThat(schedule.periodContaining(shanghai("2026-02-01T00:00")).nominalDay()).isEqualTo(date("2026-01-31"));
        assertThat(schedule.periodsBetween(shanghai("2026-02-03T08:00"), shanghai("2026-03-31T08:00")))
                .extracting(ReportingPeriod::nominalDay)
                .containsExactly(date("2026-02-28"), date("2026-03-30"), date("2026-03-31"));
    }

    @Test
    void anUnknownYearStillYieldsPeriodsAndTheCalendarWarns() {
        ReportingPeriod period = standard.periodNamed(date("2031-10-05")).orElseThrow();

        assertThat(period.deadlineDate()).isEqualTo(date("2031-10-06"));
        assertThat(standard.calendar().warnings(period.nominalDay(), period.deadlineDate())).isNotEmpty();
    }

    @Test
    void theDeadlineIsTheEndOfTheDayInTheScheduleZone() {
        ReportingSchedule utc = new ReportingSchedule(List.of(20), ReportingDayPolicy.KEEP, ZoneOffset.UTC, CALENDAR);

        assertThat(utc.periodNamed(date("2017-11-20")).orElseThrow().deadline()).isEqualTo(Instant.parse("2017-11-21T00:00:00Z"));
        assertThat(utc.periodNamed(date("2017-11-20")).orElseThrow().start()).isEqualTo(Instant.parse("2017-10-21T00:00:00Z"));
    }

    @Test
    void rejectsImpossibleReportingDays() {
        assertThatThrownBy(() -> new ReportingSchedule(List.of(), ReportingDayPolicy.KEEP, SHANGHAI, CALENDAR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportingSchedule(List.of(0, 20), ReportingDayPolicy.KEEP, SHANGHAI, CALENDAR))
                .hasMessageContaining("1 to 31");
        assertThatThrownBy(() -> new ReportingSchedule(List.of(5, 32), ReportingDayPolicy.KEEP, SHANGHAI, CALENDAR))
                .hasMessageContaining("1 to 31");
    }
}
