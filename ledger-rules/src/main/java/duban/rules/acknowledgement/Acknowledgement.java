package duban.rules.acknowledgement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An assignment judged at an instant.
 *
 * @param assignment the span judged
 * @param dueOn      the day by whose end it is due (the plan's zone)
 * @param deadline   the end (24:00) of that day
 * @param state      where it stood at the instant judged
 */
public record Acknowledgement(Assignment assignment, LocalDate dueOn, Instant deadline, AcknowledgementState state) {

    public Acknowledgement {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(state, "state");
    }

    public String unitId() {
        return assignment.unitId();
    }

    public Instant acknowledgedAt() {
        return assignment.acknowledgedAt();
    }

    /**
     * 领办逾期 still owed: overdue on a span that still runs. A span ended by the task's completion or cancellation
     * keeps its state but asks nothing more of the unit.
     */
    public boolean outstanding() {
        return state == AcknowledgementState.OVERDUE && assignment.running();
    }
}
