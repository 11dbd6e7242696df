package duban.events.task;

import duban.events.EventType;

/** The task's wording changed; a null field is left as it was. */
@EventType("duban.task.revised.v1")
public record TaskRevised(String taskId, String title, String text, String timelineText, String reason)
        implements TaskEvent {
}
