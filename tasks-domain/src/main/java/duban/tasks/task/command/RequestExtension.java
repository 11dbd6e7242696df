package duban.tasks.task.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A unit asks to move a milestone that is not done (延期申请).
 *
 * @param expectedVersion the task version the client saw (If-Match); null skips the check
 * @param requestId       chosen by the caller, unique within the task
 * @param unitId          a lead unit, or a unit the milestone binds
 * @param requestedDueOn  later than the milestone's current due date
 * @param reason          required
 */
public record RequestExtension(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        String requestId,
        String milestoneId,
        String unitId,
        LocalDate requestedDueOn,
        String reason) implements UnitFiledCommand {
}
