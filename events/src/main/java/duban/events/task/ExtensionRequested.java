package duban.events.task;

import duban.events.EventType;
import java.time.LocalDate;

/** A unit asked to move a milestone (延期申请). */
@EventType("duban.task.extension-requested.v1")
public record ExtensionRequested(
        String taskId, String requestId, String milestoneId, String unitId, LocalDate requestedDueOn, String reason)
        implements TaskEvent {
}
