package duban.tasks.task.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * 签收: a lead or co-responsible unit acknowledges its assignment to the task, once per assignment.
 *
 * @param expectedVersion the task version the client saw (If-Match); null skips the check
 * @param unitId          the acknowledging unit, the caller's own
 * @param note            what the unit writes when it signs, or null
 */
public record AcknowledgeAssignment(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        String unitId,
        String note) implements UnitFiledCommand {
}
