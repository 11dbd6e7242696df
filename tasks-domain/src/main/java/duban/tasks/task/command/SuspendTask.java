package duban.tasks.task.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Put the task on hold: no reporting obligations while suspended.
 *
 * @param expectedVersion the task version the client saw (If-Match); null skips the check
 * @param reason          required
 */
public record SuspendTask(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        String reason) {
}
