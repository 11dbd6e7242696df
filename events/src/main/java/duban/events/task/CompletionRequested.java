package duban.events.task;

import duban.events.EventType;

/** A lead unit asked for the task to be closed (办结 / 销号). */
@EventType("duban.task.completion-requested.v1")
public record CompletionRequested(String taskId, String unitId, String note) implements TaskEvent {
}
