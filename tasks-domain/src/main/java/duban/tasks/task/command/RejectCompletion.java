package duban.tasks.task.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A supervisor rejects (驳回) a pending completion request.
 *
 * @param expectedVersion the task version the client saw (If-Match); null skips the check
 * @param reason          required: the unit must learn what is missing
 */
public record RejectCompletion(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        String reason) {
}
