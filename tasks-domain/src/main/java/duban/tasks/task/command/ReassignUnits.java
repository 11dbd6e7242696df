package duban.tasks.task.command;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Replace the task's lead (牵头) and co-responsible (同责) units: several of each, at least one lead.
 *
 * @param expectedVersion the task version the client saw (If-Match); null skips the check
 */
public record ReassignUnits(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        List<String> leadUnitIds,
        List<String> coUnitIds,
        String reason) {
}
