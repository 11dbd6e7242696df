package duban.events.task;

import duban.events.EventType;
import java.util.List;

/**
 * A task was created in a plan's tree.
 *
 * @param parentId     the enclosing area or item, null for an area (一、)
 * @param code         the position in the notice, e.g. 二.(一).2
 * @param leadUnitIds  牵头单位
 * @param coUnitIds    同责单位 / 配合单位
 * @param timelineText 时间进度 exactly as the notice words it
 */
@EventType("duban.task.created.v1")
public record TaskCreated(
        String taskId,
        String planId,
        String parentId,
        String code,
        String title,
        String text,
        List<String> leadUnitIds,
        List<String> coUnitIds,
        String timelineText) implements TaskEvent {
}
