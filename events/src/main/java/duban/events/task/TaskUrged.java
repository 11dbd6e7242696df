package duban.events.task;

import duban.events.EventType;
import java.util.List;

/** A supervisor pushed these units (催办). */
@EventType("duban.task.urged.v1")
public record TaskUrged(String taskId, List<String> unitIds, String message) implements TaskEvent {
}
