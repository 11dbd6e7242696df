package duban.events.task;

import duban.events.EventType;
import java.util.List;

/** A supervisor closed the task, waiving the listed milestones that were not done. */
@EventType("duban.task.completion-approved.v1")
public record CompletionApproved(String taskId, List<String> waivedMilestoneIds, String note) implements TaskEvent {
}
