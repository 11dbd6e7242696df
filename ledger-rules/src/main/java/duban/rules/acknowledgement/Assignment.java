package duban.rules.acknowledgement;

import java.time.Instant;
import java.util.Objects;

/**
 * One unit's continuous span as lead or co-responsible unit on a task: what one acknowledgement answers.
 *
 * @param unitId         the unit assigned
 * @param from           when the ledger recorded the event that assigned it
 * @param until          when the span ended: the unit taken off the task, or the task completed or cancelled; null
 *                       while it runs
 * @param removed        whether it ended because the unit was taken off the task (a later assignment is a new span)
 * @param acknowledgedAt when the ledger recorded the unit's acknowledgement within the span; null when none
 * @param note           what the unit wrote when it acknowledged, or null
 */
public record Assignment(String unitId, Instant from, Instant until, boolean removed, Instant acknowledgedAt,
                         String note) {

    public Assignment {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(from, "from");
    }

    /** Whether the unit still stands on the task by this span (it was not taken off). */
    public boolean current() {
        return !removed;
    }

    /** Whether the span still runs: the unit was not taken off and the task not closed. */
    public boolean running() {
        return until == null;
    }
}
