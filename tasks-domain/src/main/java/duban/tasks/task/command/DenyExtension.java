package duban.tasks.task.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A supervisor denies a pending extension request; the milestone keeps its date.
 *
 * @param expectedVersion the task version the client saw (If-Match); null skips the check
 * @param reason          required
 */
public record DenyExtension(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        String requestId,
        String reason) {
}
