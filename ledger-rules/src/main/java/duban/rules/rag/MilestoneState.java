package duban.rules.rag;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A milestone (节点) as the colours need it.
 *
 * @param dueOn  due at the end of this day, local time
 * @param doneOn the day it was completed, null while it is not
 */
public record MilestoneState(String milestoneId, String description, LocalDate dueOn, LocalDate doneOn) {

    public MilestoneState {
        Objects.requireNonNull(milestoneId, "milestoneId");
        Objects.requireNonNull(dueOn, "dueOn");
    }

    public boolean done() {
        return doneOn != null;
    }

    /** Not done and its day has ended. */
    public boolean overdueOn(LocalDate today) {
        return !done() && today.isAfter(dueOn);
    }

    /** Completed by the end of its due day. */
    public boolean metOnTime() {
        return done() && !doneOn.isAfter(dueOn);
    }
}
