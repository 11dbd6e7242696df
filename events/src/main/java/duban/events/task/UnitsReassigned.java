package duban.events.task;

import duban.events.EventType;
import java.util.List;

/** The lead and co-responsible units of the task were replaced by these lists. */
@EventType("duban.task.units-reassigned.v1")
public record UnitsReassigned(String taskId, List<String> leadUnitIds, List<String> coUnitIds, String reason)
        implements TaskEvent {
}
