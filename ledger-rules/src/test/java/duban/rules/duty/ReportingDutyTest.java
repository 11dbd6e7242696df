package duban.rules.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.calendar.WorkingDayCalendar;
import duban.rules.period.PlanReportingRule;
import duban.rules.period.ReportingPeriod;
import duban.rules.period.TaskReporting;
import duban.rules.status.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which periods a unit owes: from two days after it was bound, until it no longer is. */
class ReportingDutyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final TaskReporting STANDARD =
            TaskReporting.of(PlanReportingRule.defaults(), null, WorkingDayCalendar.bundled());

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static List<LocalDate> owed(List<DutySpan> spans, String until) {
        return ReportingDuty.owedPeriods(STANDARD, spans, shanghai(until)).stream().map(ReportingPeriod::nominalDay)
                .toList();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void onlyARunningLeafBindsItsUnits() {
        assertThat(ReportingDuty.binds(TaskStatus.OPEN, true)).isTrue();
        assertThat(ReportingDuty.binds(TaskStatus.OPEN, false)).as("an area reports through its children").isFalse();
        assertThat(ReportingDuty.binds(TaskStatus.SUSPENDED, true)).isFalse();
        assertThat(ReportingDuty.binds(TaskStatus.COMPLETED, true)).isFalse();
        assertThat(ReportingDuty.binds(TaskStatus.CANCELLED, true)).isFalse();
    }

    @Test
    void aUnitOwesEveryPeriodFromTheFirstAtLeastTwoDaysAfterItWasBound() {
        List<DutySpan> bound = List.of(new DutySpan(shanghai("2017-11-19T10:00"), null));

        assertThat(owed(bound, "2018-01-10T00:00")).containsExactly(date("2017-12-05"), date("2017-12-20"),
                date("2018-01-05"));
        assertThat(owed(bound, "2017-12-06T00:00")).as("a period is owed once its deadline has passed")
                .containsExactly(date("2017-12-05"));
    }

    @Test
    void aTaskCompletedOrSuspendedBeforeADeadlineOwesNothingForIt() {
        List<DutySpan> untilCompleted = List.of(new DutySpan(shanghai("2017-11-10T10:00"), shanghai("2017-12-19T17:00")));

        assertThat(owed(untilCompleted, "2018-03-01T00:00")).containsExactly(date("2017-11-20"), date("2017-12-05"));
    }

    @Test
    void aResumedTaskGivesItsUnitsTwoDaysAgainAndSpansNeverCountAPeriodTwice() {
        List<DutySpan> suspendedAndResumed = List.of(
                new DutySpan(shanghai("2017-11-10T10:00"), shanghai("2017-11-25T10:00")),
                new DutySpan(shanghai("2017-12-19T10:00"), null),
                new DutySpan(shanghai("2017-11-12T10:00"), null));

        assertThat(owed(suspendedAndResumed.subList(0, 2), "2018-01-06T00:00"))
                .containsExactly(date("2017-11-20"), date("2018-01-05"));
        assertThat(owed(suspendedAndResumed, "2018-01-06T00:00"))
                .containsExactly(date("2017-11-20"), date("2017-12-05"), date("2017-12-20"), date("2018-01-05"));
    }

    @Test
    void theNextPeriodOwedIsTheOpenOneOrTheFirstAfterTheGrace() {
        List<DutySpan> bound = List.of(new DutySpan(shanghai("2017-11-19T10:00"), null));

        assertThat(ReportingDuty.nextOwed(STANDARD, bound, shanghai("2017-11-19T12:00")).nominalDay())
                .isEqualTo(date("2017-12-05"));
        assertThat(ReportingDuty.nextOwed(STANDARD, bound, shanghai("2017-12-10T12:00")).nominalDay())
                .isEqualTo(date("2017-12-20"));
        assertThat(ReportingDuty.nextOwed(STANDARD,
                List.of(new DutySpan(shanghai("2017-11-01T10:00"), shanghai("2017-11-15T10:00"))),
                shanghai("2017-11-16T12:00"))).as("no longer bound").isNull();
    }

    @Test
    void aDutyCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new DutySpan(shanghai("2017-11-10T10:00"), shanghai("2017-11-09T10:00")))
                .isInstanceOf(IllegalArgumentException.class);
        DutySpan span = new DutySpan(shanghai("2017-11-10T10:00"), shanghai("2017-11-12T10:00"));
        assertThat(span.covers(shanghai("2017-11-12T10:00"))).isFalse();
        assertThat(span.covers(shanghai("2017-11-10T10:00"))).isTrue();
    }
}
