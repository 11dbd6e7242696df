package duban.events.task;

import duban.events.EventType;

/** A supervisor denied an extension. */
@EventType("duban.task.extension-denied.v1")
public record ExtensionDenied(String taskId, String requestId, String milestoneId, String reason)
        implements TaskEvent {
}
