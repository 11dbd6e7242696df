package duban.tasks.task.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A supervisor grants a pending extension request; the milestone moves.
 *
 * @param expectedVersion the task version the client saw (If-Match); null skips the check
 * @param dueOn           the new due date; null grants the date the unit asked for
 */
public record GrantExtension(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        String requestId,
        LocalDate dueOn,
        String note) {
}
