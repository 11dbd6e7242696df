package duban.events.task;

import duban.events.EventType;

/** The task was cancelled; it takes no more reports. */
@EventType("duban.task.cancelled.v1")
public record TaskCancelled(String taskId, String reason) implements TaskEvent {
}
