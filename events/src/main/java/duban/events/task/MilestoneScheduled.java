package duban.events.task;

import duban.events.EventType;
import java.time.LocalDate;
import java.util.List;

/**
 * A milestone (节点) is due at the end of {@code dueOn} in the plan's time zone.
 *
 * <p>Version 2: v1 carried a boolean {@code soft}; notices also word conditional milestones
 * (待省立项后), which a boolean cannot grow into, so v2 says the milestone's {@code commitment}. Stored
 * v1 events are upcast on reading (soft → SOFT, otherwise FIRM), so consumers only ever see v2.
 *
 * @param commitment         FIRM, or SOFT when worded 力争 / 争取
 * @param responsibleUnitIds the units it binds, empty for all lead units
 */
@EventType("duban.task.milestone-scheduled.v2")
public record MilestoneScheduled(
        String taskId,
        String milestoneId,
        LocalDate dueOn,
        String description,
        MilestoneCommitment commitment,
        List<String> responsibleUnitIds) implements TaskEvent {
}
