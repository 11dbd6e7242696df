package duban.rules.duty;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time in which a unit was bound to report on a task: from its assignment (or the task's resumption,
 * or the share that bound it) until the task was suspended, completed or cancelled or the unit was taken off it.
 *
 * @param from when the unit was bound
 * @param to   when it stopped being bound; null while it still is
 */
public record DutySpan(Instant from, Instant to) {

    public DutySpan {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a duty cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean open() {
        return to == null;
    }

    /** Whether the unit was still bound at {@code instant} (the end itself is no longer bound). */
    public boolean covers(Instant instant) {
        return !instant.isBefore(from) && (to == null || instant.isBefore(to));
    }
}
