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
 * @param reportingCadence how often the task reports (每半月 / 每月 报送), null when not stated. Added after v1 was
 *                     first published: optional, absent in older events.
 * @param leaders      leader lines (分管领导 / 牵头负责领导) verbatim, in notice order; null when not stated (older
 *                     events), empty when the notice names none
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
        String timelineText,
        ReportingCadence reportingCadence,
        List<LeaderLine> leaders) implements TaskEvent {

    /** A task whose reporting cadence and leaders are not stated (as before they were recorded). */
    public TaskCreated(String taskId, String planId, String parentId, String code, String title, String text,
                       List<String> leadUnitIds, List<String> coUnitIds, String timelineText) {
        this(taskId, planId, parentId, code, title, text, leadUnitIds, coUnitIds, timelineText, null, null);
    }
}
