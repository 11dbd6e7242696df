package duban.events.task;

import duban.events.EventType;
import java.time.LocalDate;

/** A milestone was done on the given day. */
@EventType("duban.task.milestone-completed.v1")
public record MilestoneCompleted(String taskId, String milestoneId, LocalDate completedOn, String note)
        implements TaskEvent {
}
