package duban.tasks.task.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Run a suspended task again.
 *
 * @param expectedVersion the task version the client saw (If-Match); null skips the check
 */
public record ResumeTask(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        String note) {
}
