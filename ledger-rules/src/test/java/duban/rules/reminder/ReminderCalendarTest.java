package duban.rules.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import duban.calendar.WorkingDayCalendar;
import duban.rules.period.PlanReportingRule;
import duban.rules.period.ReportingSchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The days reminders fall on, with weekends, the 2017 holidays and 调休 of the bundled calendar. */
class ReminderCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();
    private static final ReportingSchedule SCHEDULE = PlanReportingRule.defaults().schedule(CALENDAR);
    private final ReminderCalendar reminders = new ReminderCalendar(ReminderSettings.DEFAULTS, CALENDAR, SHANGHAI);

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aReportIsRemindedThreeWorkingDaysBeforeItsDeadlineAndOnItsMorningAtNine() {
        List<Occurrence> occurrences = reminders.beforeDeadline(SCHEDULE.periodNamed(date("2017-11-20")).orElseThrow());

        assertThat(occurrences).extracting(Occurrence::kind, Occurrence::sendOn).containsExactly(
                tuple(ReminderKind.REPORT_DUE_SOON, date("2017-11-15")),
                tuple(ReminderKind.REPORT_DUE_TODAY, date("2017-11-20")));
        assertThat(occurrences.get(1).sendAt()).isEqualTo(Instant.parse("2017-11-20T01:00:00Z"));
        assertThat(occurrences.get(0).keyFor("t1", "kjj")).isEqualTo("REPORT_DUE_SOON|t1|kjj|2017-11-20|2017-11-15");
    }

    @Test
    void overTheNationalHolidayTheWorkingDaysCountTheWorkedSaturday() {
        // 2017-10-05 moved to Monday 10-09; 10-01..08 are off, Saturday 09-30 is worked (调休)
        List<Occurrence> occurrences = reminders.beforeDeadline(SCHEDULE.periodNamed(date("2017-10-05")).orElseThrow());

        assertThat(occurrences).extracting(Occurrence::sendOn).containsExactly(date("2017-09-28"), date("2017-10-09"));
        assertThat(reminders.afterMissedDeadline(SCHEDULE.periodNamed(date("2017-10-05")).orElseThrow()).sendOn())
                .isEqualTo(date("2017-10-10"));
    }

    @Test
    void aMissedDeadlineIsRemindedTheNextWorkingDay() {
        Occurrence overdue = reminders.afterMissedDeadline(SCHEDULE.periodNamed(date("2017-11-20")).orElseThrow());

        assertThat(overdue.kind()).isEqualTo(ReminderKind.REPORT_OVERDUE);
        assertThat(overdue.kind().copiedToSupervisors()).isTrue();
        assertThat(overdue.sendOn()).isEqualTo(date("2017-11-21"));
    }

    @Test
    void aMilestoneDueOnASundayIsRemindedOnWorkingDaysBeforeItTheSameDayOnceTheMoreUrgent() {
        assertThat(reminders.beforeDueDate("m1", date("2017-12-31"))).extracting(Occurrence::sendOn, Occurrence::daysLeft)
                .containsExactly(tuple(date("2017-12-22"), 7), tuple(date("2017-12-28"), 3), tuple(date("2017-12-29"), 0));
    }

    @Test
    void anOverdueMilestoneIsRemindedTheNextWorkingDayThenEveryThreeWorkingDays() {
        // 元旦 2026: 01-01..03 off, Sunday 01-04 worked (调休)
        assertThat(reminders.afterDueDate("m1", date("2025-12-31"), date("2026-01-12")))
                .extracting(Occurrence::sendOn, Occurrence::daysLeft)
                .containsExactly(tuple(date("2026-01-04"), 4), tuple(date("2026-01-07"), 7), tuple(date("2026-01-12"), 12));
        assertThat(reminders.afterDueDate("m1", date("2025-12-31"), date("2025-12-31"))).isEmpty();
    }

    @Test
    void anUrgeGoesOutAtOnceAndTheTimesAreConfiguration() {
        Instant at = Instant.parse("2017-11-18T02:30:00Z");
        assertThat(reminders.urged("u1", at)).extracting(Occurrence::sendOn, Occurrence::sendAt)
                .containsExactly(date("2017-11-18"), at);

        ReminderCalendar early = new ReminderCalendar(new ReminderSettings(1, List.of(2, 0), 5, LocalTime.of(8, 30)),
                CALENDAR, SHANGHAI);
        assertThat(early.beforeDeadline(SCHEDULE.periodNamed(date("2017-11-20")).orElseThrow()))
                .extracting(Occurrence::sendOn).containsExactly(date("2017-11-17"), date("2017-11-20"));
        assertThat(early.beforeDueDate("m1", date("2017-11-22")).get(0).sendAt())
                .isEqualTo(Instant.parse("2017-11-20T00:30:00Z"));
    }

    @Test
    void aReturnGoesOutAtOnceAndAnUncorrectedOneTheWorkingDayAfterItsDayCopiedToSupervisors() {
        Instant returnedAt = Instant.parse("2017-11-21T03:15:00Z");
        Occurrence returned = reminders.returned("r1", returnedAt);
        assertThat(returned.kind()).isEqualTo(ReminderKind.REPORT_RETURNED);
        assertThat(returned.kind().copiedToSupervisors()).isFalse();
        assertThat(returned.sendAt()).isEqualTo(returnedAt);
        assertThat(returned.keyFor("t1", "kjj")).isEqualTo("REPORT_RETURNED|t1|kjj|r1|2017-11-21");

        // correction due Thursday 11-23: Friday 11-24; due Friday 11-24: Monday 11-27
        Occurrence overdue = reminders.afterMissedCorrection("r1", date("2017-11-23"),
                SCHEDULE.periodNamed(date("2017-11-20")).orElseThrow());
        assertThat(overdue.kind()).isEqualTo(ReminderKind.CORRECTION_OVERDUE);
        assertThat(overdue.kind().copiedToSupervisors()).isTrue();
        assertThat(overdue.sendOn()).isEqualTo(date("2017-11-24"));
        assertThat(reminders.afterMissedCorrection("r1", date("2017-11-24"),
                SCHEDULE.periodNamed(date("2017-11-20")).orElseThrow()).sendOn()).isEqualTo(date("2017-11-27"));
        assertThat(reminders.afterMissedCorrection("r1", date("2017-11-14"),
                SCHEDULE.periodNamed(date("2017-11-20")).orElseThrow()).sendOn())
                .as("owed until the deadline when that is later").isEqualTo(date("2017-11-21"));
    }

    @Test
    void anAssignmentIsRemindedOnTheMorningOfItsDueDayThenOnTheWorkingDayAfter() {
        // Due on Wednesday 2026-09-30; 国庆节 follows, so the overdue one waits for Thursday 2026-10-08.
        Instant assignedAt = Instant.parse("2026-09-28T02:00:00Z");
        List<Occurrence> occurrences = reminders.acknowledgement(assignedAt, date("2026-09-30"));

        assertThat(occurrences).extracting(Occurrence::kind, Occurrence::sendOn, Occurrence::daysLeft).containsExactly(
                tuple(ReminderKind.ACKNOWLEDGEMENT_DUE, date("2026-09-30"), 0),
                tuple(ReminderKind.ACKNOWLEDGEMENT_OVERDUE, date("2026-10-08"), 8));
        assertThat(occurrences.get(0).sendAt()).isEqualTo(Instant.parse("2026-09-30T01:00:00Z"));
        assertThat(occurrences.get(1).keyFor("t1", "kjj"))
                .isEqualTo("ACKNOWLEDGEMENT_OVERDUE|t1|kjj|2026-09-28T02:00:00Z|2026-10-08");
        assertThat(ReminderKind.ACKNOWLEDGEMENT_OVERDUE.copiedToSupervisors()).isTrue();
        assertThat(ReminderKind.ACKNOWLEDGEMENT_DUE.copiedToSupervisors()).isFalse();
    }
}
