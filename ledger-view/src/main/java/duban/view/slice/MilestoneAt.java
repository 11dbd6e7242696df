package duban.view.slice;

import duban.events.task.MilestoneCommitment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A milestone (节点) as it stood.
 *
 * @param responsibleUnitIds the units it binds; empty: all lead units
 * @param originalDueOn      the day it was first due
 * @param dueOn              the day it is due now (after reschedulings and granted extensions)
 * @param doneOn             the day it was done, null while it is not
 * @param moves              every rescheduling, oldest first
 */
public record MilestoneAt(String milestoneId, String description, MilestoneCommitment commitment,
                          List<String> responsibleUnitIds, LocalDate originalDueOn, LocalDate dueOn,
                          LocalDate doneOn, Instant scheduledAt, List<Move> moves) {

    /** A rescheduling: from one due day to another, and why. */
    public record Move(Instant at, LocalDate from, LocalDate to, String reason) {
    }

    public MilestoneAt {
        responsibleUnitIds = List.copyOf(responsibleUnitIds);
        moves = List.copyOf(moves);
    }

    public boolean done() {
        return doneOn != null;
    }

    /** Whether it binds {@code unitId}, given the task's lead units. */
    public boolean binds(String unitId, List<String> leadUnitIds) {
        return responsibleUnitIds.isEmpty() ? leadUnitIds.contains(unitId) : responsibleUnitIds.contains(unitId);
    }
}
