package duban.tasks.task.command;

import duban.events.task.LeaderLine;
import duban.events.task.ReportingCadence;
import java.util.List;

/**
 * Create a task (任务) in a plan's tree: an area (一、), an item (1.) or a leaf ((1)).
 *
 * @param parentId     the enclosing area or item, null for an area; that it exists in the same plan
 *                     is checked by the app (the aggregate sees only itself)
 * @param code         the position in the notice, e.g. 二.(一).2
 * @param leadUnitIds  牵头单位; may be empty for an area or item without units of its own
 * @param coUnitIds    同责单位 / 配合单位; needs at least one lead unit
 * @param timelineText 时间进度 verbatim, may be null
 * @param reportingCadence 报送频次 as the notice sets it (每半月 / 每月5日、20日); null when not stated
 * @param leaders      leader lines (分管领导 / 牵头负责领导) verbatim, kept as data; null when not stated
 */
public record CreateTask(
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
        List<LeaderLine> leaders) {

    /** A task whose notice states no reporting cadence and no leaders. */
    public CreateTask(String taskId, String planId, String parentId, String code, String title, String text,
                      List<String> leadUnitIds, List<String> coUnitIds, String timelineText) {
        this(taskId, planId, parentId, code, title, text, leadUnitIds, coUnitIds, timelineText, null, null);
    }
}
