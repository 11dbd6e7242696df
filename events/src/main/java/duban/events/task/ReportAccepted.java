package duban.events.task;

import duban.events.EventType;

/**
 * A supervisor accepted (审核确认) a progress report, or the correction that superseded a returned one, on a plan
 * whose reports are reviewed.
 *
 * @param reportId the report or correction accepted
 * @param note     the supervisor's remark, or null
 */
@EventType("duban.task.report-accepted.v1")
public record ReportAccepted(String taskId, String reportId, String note) implements TaskEvent {
}
