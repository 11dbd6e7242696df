package duban.events.task;

import duban.events.EventType;
import java.time.LocalDate;

/** A supervisor granted an extension; the milestone is now due on {@code dueOn}. */
@EventType("duban.task.extension-granted.v1")
public record ExtensionGranted(String taskId, String requestId, String milestoneId, LocalDate dueOn, String note)
        implements TaskEvent {
}
