package duban.tasks.task.command;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Schedule a milestone (节点), due at the end of {@code dueOn} in the plan's time zone.
 *
 * @param expectedVersion    the task version the client saw (If-Match); null skips the check
 * @param milestoneId        chosen by the caller, unique within the task
 * @param soft               worded 力争 / 争取: reported, but not a failure when missed
 * @param responsibleUnitIds units of the task it binds (lead, co-responsible or share holders);
 *                           empty or null for all lead units
 */
public record ScheduleMilestone(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        String milestoneId,
        LocalDate dueOn,
        String description,
        boolean soft,
        List<String> responsibleUnitIds) {
}
