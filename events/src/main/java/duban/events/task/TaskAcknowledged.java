package duban.events.task;

import duban.events.EventType;

/**
 * A lead or co-responsible unit acknowledged (签收) its assignment to the task: once per unit and assignment; a unit
 * assigned again by {@link UnitsReassigned} acknowledges again.
 *
 * @param note what the unit wrote when it signed, or null
 */
@EventType("duban.task.acknowledged.v1")
public record TaskAcknowledged(String taskId, String unitId, String note) implements TaskEvent {
}
