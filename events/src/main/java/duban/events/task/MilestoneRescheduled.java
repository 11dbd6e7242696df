package duban.events.task;

import duban.events.EventType;
import java.time.LocalDate;

/** A milestone was moved, by a supervisor or through a granted extension. */
@EventType("duban.task.milestone-rescheduled.v1")
public record MilestoneRescheduled(
        String taskId, String milestoneId, LocalDate previousDueOn, LocalDate dueOn, String reason)
        implements TaskEvent {
}
