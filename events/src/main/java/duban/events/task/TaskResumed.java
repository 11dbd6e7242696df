package duban.events.task;

import duban.events.EventType;

/** A suspended task is running again. */
@EventType("duban.task.resumed.v1")
public record TaskResumed(String taskId, String note) implements TaskEvent {
}
