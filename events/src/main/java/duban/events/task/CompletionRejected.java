package duban.events.task;

import duban.events.EventType;

/** A supervisor rejected (驳回) a completion request. */
@EventType("duban.task.completion-rejected.v1")
public record CompletionRejected(String taskId, String reason) implements TaskEvent {
}
