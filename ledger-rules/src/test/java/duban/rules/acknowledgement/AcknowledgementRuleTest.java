package duban.rules.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Due days and states of 签收, with a weekend, the 2026 National Day holiday and its 调休 of the bundled calendar. */
class AcknowledgementRuleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final AcknowledgementRule rule =
            new AcknowledgementRule(AcknowledgementSettings.DEFAULTS, WorkingDayCalendar.bundled());

    private static Instant local(String isoLocal) {
        return LocalDateTime.parse(isoLocal).atZone(SHANGHAI).toInstant();
    }

    private static Assignment assigned(String at) {
        return new Assignment("kjj", local(at), null, false, null, null);
    }

    private static Assignment acknowledged(String at, String acknowledgedAt) {
        return new Assignment("kjj", local(at), null, false, local(acknowledgedAt), null);
    }

    @Test
    void assignedOnAFridayItIsDueByTheEndOfTuesday() {
        Assignment friday = assigned("2026-12-04T16:00");

        Acknowledgement open = rule.judge(friday, SHANGHAI, local("2026-12-08T23:59:59"));
        assertThat(open.dueOn()).isEqualTo(LocalDate.parse("2026-12-08"));
        assertThat(open.deadline()).isEqualTo(local("2026-12-09T00:00"));
        assertThat(open.state()).isEqualTo(AcknowledgementState.OPEN);
        assertThat(rule.judge(friday, SHANGHAI, local("2026-12-09T00:00:01")).state())
                .isEqualTo(AcknowledgementState.OVERDUE);
    }

    @Test
    void acknowledgedByTheEndOfTheDueDayIsOnTimeAfterItLate() {
        Instant later = local("2026-12-20T12:00");
        assertThat(rule.judge(acknowledged("2026-12-04T16:00", "2026-12-08T23:30"), SHANGHAI, later).state())
                .isEqualTo(AcknowledgementState.ACKNOWLEDGED);
        assertThat(rule.judge(acknowledged("2026-12-04T16:00", "2026-12-09T08:30"), SHANGHAI, later).state())
                .isEqualTo(AcknowledgementState.ACKNOWLEDGED_LATE);
    }

    @Test
    void theStatutoryHolidayIsNotCounted() {
        // 国庆节 2026-10-01 to 10-07: assigned the day before, the working days are the 8th and the 9th.
        assertThat(rule.dueOn(local("2026-09-30T10:00"), SHANGHAI)).isEqualTo(LocalDate.parse("2026-10-09"));
        // 中秋节 2026-09-25 to 09-27, then a weekday: Monday 28th and Tuesday 29th.
        assertThat(rule.dueOn(local("2026-09-24T10:00"), SHANGHAI)).isEqualTo(LocalDate.parse("2026-09-29"));
    }

    @Test
    void anAdjustedWorkingSundayCounts() {
        // 调休: Sunday 2026-09-20 is worked, so a Friday's assignment is due on Monday.
        assertThat(rule.dueOn(local("2026-09-18T10:00"), SHANGHAI)).isEqualTo(LocalDate.parse("2026-09-21"));
    }

    @Test
    void theDayIsThePlansLocalDayNotUtc() {
        // 2026-12-04 23:30 in Shanghai is still the 4th there (15:30 UTC); 00:30 on the 5th (a Saturday) is 16:30
        // UTC on the 4th, yet counts from Saturday: due by the end of Tuesday either way, and Wednesday from Monday.
        assertThat(rule.dueOn(local("2026-12-05T00:30"), SHANGHAI)).isEqualTo(LocalDate.parse("2026-12-08"));
        assertThat(rule.dueOn(local("2026-12-07T00:30"), SHANGHAI)).isEqualTo(LocalDate.parse("2026-12-09"));
    }

    @Test
    void theWorkingDaysAreConfiguration() {
        AcknowledgementRule three = new AcknowledgementRule(new AcknowledgementSettings(3), WorkingDayCalendar.bundled());
        assertThat(three.dueOn(local("2026-12-04T16:00"), SHANGHAI)).isEqualTo(LocalDate.parse("2026-12-09"));
        assertThatThrownBy(() -> new AcknowledgementSettings(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAcknowledgementRecordedAfterTheInstantJudgedDidNotExistThen() {
        Assignment late = acknowledged("2026-12-04T16:00", "2026-12-10T09:00");
        assertThat(rule.judge(late, SHANGHAI, local("2026-12-09T12:00")).state())
                .isEqualTo(AcknowledgementState.OVERDUE);
        assertThat(rule.judge(late, SHANGHAI, local("2026-12-07T12:00")).state()).isEqualTo(AcknowledgementState.OPEN);
    }

    @Test
    void aTaskClosedBeforeTheDeadlineAsksNothingAndOneClosedAfterItStaysOverdueButNoLongerOwed() {
        Assignment closedEarly = new Assignment("kjj", local("2026-12-04T16:00"), local("2026-12-07T10:00"), false,
                null, null);
        Acknowledgement early = rule.judge(closedEarly, SHANGHAI, local("2026-12-31T12:00"));
        assertThat(early.state()).isEqualTo(AcknowledgementState.OPEN);
        assertThat(early.outstanding()).isFalse();

        Assignment closedLate = new Assignment("kjj", local("2026-12-04T16:00"), local("2026-12-10T10:00"), false,
                null, null);
        Acknowledgement late = rule.judge(closedLate, SHANGHAI, local("2026-12-31T12:00"));
        assertThat(late.state()).isEqualTo(AcknowledgementState.OVERDUE);
        assertThat(late.outstanding()).isFalse();
        assertThat(rule.judge(assigned("2026-12-04T16:00"), SHANGHAI, local("2026-12-31T12:00")).outstanding())
                .isTrue();
    }

    @Test
    void aMonthCountsWhatIsOverdueAtItsCutoffAndWhatWasAcknowledgedLateWithinIt() {
        Instant decemberStart = local("2026-12-01T00:00");
        Instant cutoff = local("2027-01-01T00:00");
        Assignment overdue = new Assignment("a", local("2026-12-04T16:00"), null, false, null, null);
        Assignment lateInDecember = new Assignment("b", local("2026-11-02T10:00"), null, false,
                local("2026-12-02T10:00"), null);
        Assignment lateInNovember = new Assignment("c", local("2026-11-02T10:00"), null, false,
                local("2026-11-20T10:00"), null);
        Assignment onTime = new Assignment("d", local("2026-12-04T16:00"), null, false, local("2026-12-07T10:00"),
                null);
        Assignment notDueYet = new Assignment("e", local("2026-12-30T16:00"), null, false, null, null);
        Assignment acknowledgedAfterCutoff = new Assignment("f", local("2026-12-04T16:00"), null, false,
                local("2027-01-04T10:00"), null);

        List<Acknowledgement> counted = rule.overdueInMonth(List.of(overdue, lateInDecember, lateInNovember, onTime,
                notDueYet, acknowledgedAfterCutoff), SHANGHAI, decemberStart, cutoff);

        assertThat(counted).extracting(Acknowledgement::unitId).containsExactly("a", "b", "f");
    }
}
