package duban.rules.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import duban.calendar.WorkingDayCalendar;
import duban.rules.period.PlanReportingRule;
import duban.rules.period.ReportingPeriod;
import duban.rules.period.ReportingSchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** ON_TIME, LATE, MISSING and OPEN, judged at an instant, with deadlines moved by the calendar. */
class ComplianceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ReportingSchedule SCHEDULE = PlanReportingRule.defaults().schedule(WorkingDayCalendar.bundled());

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static ReportingPeriod period(String nominal) {
        return SCHEDULE.periodNamed(LocalDate.parse(nominal)).orElseThrow();
    }

    @Test
    void filedByTheEndOfTheDeadlineDayIsOnTime() {
        ReportingPeriod period = period("2017-11-20");

        assertThat(Compliance.judge(period, shanghai("2017-11-20T23:59:59"), shanghai("2017-12-01T00:00")))
                .isEqualTo(ComplianceState.ON_TIME);
        assertThat(Compliance.judge(period, shanghai("2017-11-21T00:00"), shanghai("2017-12-01T00:00")))
                .as("24:00 is still the deadline day").isEqualTo(ComplianceState.ON_TIME);
        assertThat(Compliance.judge(period, shanghai("2017-11-21T00:00:01"), shanghai("2017-12-01T00:00")))
                .isEqualTo(ComplianceState.LATE);
    }

    @Test
    void aDeadlineMovedPastTheHolidaysMovesOnTimeWithIt() {
        // 2017-10-05 falls in 国庆节: due at the end of Monday 10-09
        assertThat(Compliance.judge(period("2017-10-05"), shanghai("2017-10-09T17:00"), shanghai("2017-10-20T00:00")))
                .isEqualTo(ComplianceState.ON_TIME);
        // 2026-02-20 falls in 春节: due at the end of Tuesday 02-24
        assertThat(Compliance.judge(period("2026-02-20"), shanghai("2026-02-24T20:00"), shanghai("2026-03-01T00:00")))
                .isEqualTo(ComplianceState.ON_TIME);
    }

    @Test
    void nothingFiledIsOpenUntilTheDeadlineThenMissing() {
        ReportingPeriod period = period("2017-11-20");

        assertThat(Compliance.judge(period, null, shanghai("2017-11-20T18:00"))).isEqualTo(ComplianceState.OPEN);
        assertThat(Compliance.judge(period, null, shanghai("2017-11-21T00:00"))).isEqualTo(ComplianceState.OPEN);
        assertThat(Compliance.judge(period, null, shanghai("2017-11-21T09:00"))).isEqualTo(ComplianceState.MISSING);
    }

    @Test
    void aReportFiledAfterTheInstantJudgedDidNotExistThen() {
        ReportingPeriod period = period("2017-11-20");
        Instant filedLate = shanghai("2017-11-23T10:00");

        assertThat(Compliance.judge(period, filedLate, shanghai("2017-11-22T10:00"))).isEqualTo(ComplianceState.MISSING);
        assertThat(Compliance.judge(period, filedLate, shanghai("2017-11-23T10:00"))).isEqualTo(ComplianceState.LATE);
        assertThat(Compliance.judge(period, shanghai("2017-11-15T10:00"), shanghai("2017-11-14T10:00")))
                .isEqualTo(ComplianceState.OPEN);
    }

    @Test
    void onlyFiledPeriodsCountAsFiledAndOnlyOpenOnesAreUnsettled() {
        assertThat(ComplianceState.ON_TIME.filed()).isTrue();
        assertThat(ComplianceState.LATE.filed()).isTrue();
        assertThat(ComplianceState.MISSING.filed()).isFalse();
        assertThat(ComplianceState.OPEN.settled()).isFalse();
        assertThat(ComplianceState.MISSING.settled()).isTrue();
    }
}
