package duban.tasks.task.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A supervisor moves a milestone that is not done yet (a unit asks with {@link RequestExtension}).
 *
 * @param expectedVersion the task version the client saw (If-Match); null skips the check
 * @param reason          required: a moved deadline must say why
 */
public record RescheduleMilestone(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        String milestoneId,
        LocalDate dueOn,
        String reason) {
}
