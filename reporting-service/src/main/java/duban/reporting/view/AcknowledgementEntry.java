package duban.reporting.view;

import duban.rules.acknowledgement.Acknowledgement;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A lead or co-responsible unit's current assignment and its acknowledgement (签收), as the ledger rules judge it.
 *
 * @param assignedAt     when the ledger recorded the assignment (the task's creation or the reassignment naming it)
 * @param dueOn          the day by whose end it is due
 * @param deadlineAt     the end (24:00) of that day
 * @param acknowledgedAt when the unit acknowledged it; null when not (yet)
 * @param running        false once the task was completed or cancelled: nothing more is owed
 */
@Schema(name = "Acknowledgement", description = "签收: a lead or co-responsible unit's acknowledgement of its "
        + "assignment; OVERDUE is 领办逾期")
public record AcknowledgementEntry(
        @Schema(enumeration = {"ACKNOWLEDGED", "ACKNOWLEDGED_LATE", "OPEN", "OVERDUE"}, example = "OVERDUE")
        String state,
        @Schema(example = "领办逾期") String label,
        Instant assignedAt,
        LocalDate dueOn,
        Instant deadlineAt,
        Instant acknowledgedAt,
        String note,
        boolean running) {

    public static AcknowledgementEntry of(Acknowledgement acknowledgement) {
        if (acknowledgement == null) {
            return null;
        }
        return new AcknowledgementEntry(acknowledgement.state().name(), acknowledgement.state().label(),
                acknowledgement.assignment().from(), acknowledgement.dueOn(), acknowledgement.deadline(),
                acknowledgement.acknowledgedAt(), acknowledgement.assignment().note(),
                acknowledgement.assignment().running());
    }
}
