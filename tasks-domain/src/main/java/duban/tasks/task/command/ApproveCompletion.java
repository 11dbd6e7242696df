package duban.tasks.task.command;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A supervisor closes the task on a pending completion request.
 *
 * @param expectedVersion    the task version the client saw (If-Match); null skips the check
 * @param waivedMilestoneIds the milestones not done that the supervisor explicitly waives; every other
 *                           milestone must be done
 */
public record ApproveCompletion(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        List<String> waivedMilestoneIds,
        String note) {
}
