package duban.tasks.task.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A supervisor records a milestone as done, typically confirming a unit's claim in a report.
 *
 * @param expectedVersion the task version the client saw (If-Match); null skips the check
 */
public record CompleteMilestone(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        String milestoneId,
        LocalDate completedOn,
        String note) {
}
