package duban.tasks.task.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Change the task's wording; a null field is left as it was, and at least one must change.
 *
 * @param expectedVersion the task version the client saw (If-Match); null skips the check
 */
public record ReviseTask(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        String title,
        String text,
        String timelineText,
        String reason) {
}
