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
 * @param corrections  the reports returned to the unit (退回) whose correction is still due, the earliest due first
 */
@Schema(name = "UnitSchedule", description = "What a unit owes and by when, and the reminders it will get")
public record UnitSchedule(String unitId, Instant asOf, Deadline nextDeadline, List<Obligation> obligations,
                           List<String> warnings, Instant remindersUntil, List<Reminder> reminders,
                           List<Correction> corrections) {

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
     * A report returned (退回) to the unit, to be corrected and filed again by {@code correctBy}.
     *
     * @param period    the reporting period the report was for
     * @param reportId  the report returned
     * @param correctBy the last day (the plan's zone) of the correction; after it the period counts as not filed
     */
    @Schema(name = "CorrectionDue", description = "A returned report (退回) whose correction the unit still owes")
    public record Correction(String taskId, String planId, String code, String title, LocalDate period,
                             String reportId, @Schema(example = "内容空泛，未写明进度") String reason,
                             @Schema(example = "2017-11-23") LocalDate correctBy) {
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
