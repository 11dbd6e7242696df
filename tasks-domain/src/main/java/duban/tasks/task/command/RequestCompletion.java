package duban.tasks.task.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A lead unit asks for the task to be closed (办结 / 销号).
 *
 * @param expectedVersion the task version the client saw (If-Match); null skips the check
 * @param unitId          the asking unit, a lead unit of the task
 */
public record RequestCompletion(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        String unitId,
        String note) implements UnitFiledCommand {
}
