package duban.events.task;

import duban.events.EventType;
import java.time.LocalDate;
import java.util.List;

/**
 * A milestone (节点) is due at the end of {@code dueOn} in the plan's time zone.
 *
 * @param soft               worded 力争 / 争取: reported, but not a failure when missed
 * @param responsibleUnitIds the units it binds, empty for all lead units
 */
@EventType("duban.task.milestone-scheduled.v1")
public record MilestoneScheduled(
        String taskId,
        String milestoneId,
        LocalDate dueOn,
        String description,
        boolean soft,
        List<String> responsibleUnitIds) implements TaskEvent {
}
