package duban.tasks.task.command;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A supervisor pushes units of the task (催办); notification-service sends the urge at once.
 *
 * @param expectedVersion the task version the client saw (If-Match); null skips the check
 * @param unitIds         units of the task: lead, co-responsible or share holders
 */
public record UrgeUnits(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        List<String> unitIds,
        String message) {
}
