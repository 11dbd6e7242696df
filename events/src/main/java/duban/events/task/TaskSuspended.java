package duban.events.task;

import duban.events.EventType;

/** The task was put on hold: no obligations while suspended. */
@EventType("duban.task.suspended.v1")
public record TaskSuspended(String taskId, String reason) implements TaskEvent {
}
