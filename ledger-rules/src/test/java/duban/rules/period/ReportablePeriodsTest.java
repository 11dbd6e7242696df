package duban.rules.period;

import static org.assertj.core.api.Assertions.assertThat;

import duban.calendar.WorkingDayCalendar;
import duban.events.plan.ReportingDayPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which period a report may name, and which it names when it names none. */
class ReportablePeriodsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // The 5th and 20th, a day off moving the deadline to the next working day: 2026-12-05 is a Saturday, due Monday
    // 12-07.
    private static final TaskReporting REPORTING = TaskReporting.of(
            PlanReportingRule.stated(List.of(5, 20), "Asia/Shanghai", ReportingDayPolicy.NEXT_WORKING_DAY), null,
            WorkingDayCalendar.bundled());

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aReportNamingNoPeriodIsForTheOneOpenNow() {
        Instant created = shanghai("2026-11-01T10:00");
        Instant now = shanghai("2026-12-06T10:00");

        assertThat(ReportablePeriods.current(REPORTING, created, now)).isEqualTo(date("2026-12-05"));
        assertThat(ReportablePeriods.judge(REPORTING, created, date("2026-12-05"), now)).isEqualTo(PeriodVerdict.OPEN);
        assertThat(ReportablePeriods.judge(REPORTING, created, date("2026-11-20"), now)).isEqualTo(PeriodVerdict.OPEN);
        assertThat(ReportablePeriods.judge(REPORTING, created, date("2026-12-20"), now))
                .isEqualTo(PeriodVerdict.NOT_YET_OPEN);
    }

    @Test
    void aTaskCreatedWithinTwoDaysOfADeadlineReportsForItsFirstPeriodAtOnce() {
        // Created on Sunday 12-06, the day before the 12-05 period's deadline: it owes nothing for 12-05, and
        // 12-20 opens for it at once, not after Monday.
        Instant created = shanghai("2026-12-06T01:40");
        Instant now = shanghai("2026-12-06T02:00");

        assertThat(ReportablePeriods.current(REPORTING, created, now)).isEqualTo(date("2026-12-20"));
        assertThat(ReportablePeriods.judge(REPORTING, created, date("2026-12-20"), now)).isEqualTo(PeriodVerdict.OPEN);
        assertThat(ReportablePeriods.judge(REPORTING, created, date("2026-12-05"), now))
                .isEqualTo(PeriodVerdict.BEFORE_TASK);
        assertThat(ReportablePeriods.judge(REPORTING, created, date("2027-01-05"), now))
                .isEqualTo(PeriodVerdict.NOT_YET_OPEN);
        assertThat(ReportablePeriods.judge(REPORTING, created, date("2026-12-19"), now))
                .isEqualTo(PeriodVerdict.NOT_A_PERIOD);
        // Once the calendar reaches it, the open period is the task's own again.
        assertThat(ReportablePeriods.current(REPORTING, created, shanghai("2026-12-22T09:00")))
                .isEqualTo(date("2027-01-05"));
    }
}
