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
 */
@Schema(name = "UnitSchedule", description = "What a unit owes and by when")
public record UnitSchedule(String unitId, Instant asOf, Deadline nextDeadline, List<Obligation> obligations,
                           List<String> warnings) {

    /** A reporting deadline (报送期限): the period's name and the end of its (possibly moved) reporting day. */
    @Schema(name = "ReportingDeadline", description = "A reporting period (报送期) and the end of its reporting day")
    public record Deadline(LocalDate period, LocalDate deadlineDate, Instant deadlineAt, boolean moved) {
    }

    /** One task the unit must report on. */
    @Schema(name = "ReportingObligation", description = "A task the unit must report on")
    public record Obligation(String taskId, String planId, String code, String title, LocalDate firstPeriod,
                             Deadline nextDue, boolean reportedForCurrentPeriod) {
    }
}
