package duban.tasks.task.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Cancel the task for good: it takes no more commands.
 *
 * @param expectedVersion the task version the client saw (If-Match); null skips the check
 * @param reason          required
 */
public record CancelTask(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        String reason) {
}
