package duban.notification.schedule.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a unit owes and by when.
 *
 * @param nextDeadline the earliest deadline among its obligations that no report has met yet; null
 *                     when it owes nothing
 * @param warnings     e.g. a year the working-day calendar has no holiday data for
 * @param reminders    the reminders that will go out to the unit until {@code remindersUntil}, as the ledger stands
 *                     now: a report filed or a milestone met before then takes its reminders away
 */
@Schema(name = "UnitSchedule", description = "What a unit owes and by when, and the reminders it will get")
public record UnitSchedule(String unitId, Instant asOf, Deadline nextDeadline, List<Obligation> obligations,
                           List<String> warnings, Instant remindersUntil, List<Reminder> reminders) {

    /** A reporting deadline (报送期限): the period's name and the end of its (possibly moved) reporting day. */
    @Schema(name = "ReportingDeadline", description = "A reporting period (报送期) and the end of its reporting day")
    public record Deadline(LocalDate period, LocalDate deadlineDate, Instant deadlineAt, boolean moved) {
    }

    /** One task the unit must report on. */
    @Schema(name = "ReportingObligation", description = "A task the unit must report on")
    public record Obligation(String taskId, String planId, String code, String title, LocalDate firstPeriod,
                             Deadline nextDue, boolean reportedForCurrentPeriod) {
    }

    /**
     * A reminder that will be sent, unless its reason goes away first.
     *
     * @param subject  the reporting day of the period, the milestone's id, or for an acknowledgement (签收) the
     *                 instant its assignment was recorded
     * @param channels where it will go: {@code INBOX} always, then every channel the unit has set up
     */
    @Schema(name = "UpcomingReminder", description = "A reminder that will be sent unless its reason goes away first")
    public record Reminder(@Schema(examples = "REPORT_DUE_SOON") String kind, String taskId, String code,
                           String subject, Instant sendAt, boolean copiedToSupervisors, String heading,
                           @Schema(examples = "[\"INBOX\", \"KAFKA\"]") List<String> channels) {
    }
}
