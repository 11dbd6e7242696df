package duban.tasks.task.query;

import duban.events.task.CompletionApproved;
import duban.events.task.ProgressReportCorrected;
import duban.events.task.ProgressReported;
import duban.events.task.TaskCancelled;
import duban.events.task.TaskCreated;
import duban.events.task.TaskResumed;
import duban.events.task.TaskRevised;
import duban.events.task.TaskSuspended;
import duban.events.task.UnitsReassigned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Folds a task's events, in order, into a {@link TaskView}. One instance per read. */
final class TaskStateFold {

    private TaskCreated created;
    private String title;
    private String text;
    private String timelineText;
    private List<String> leadUnitIds = List.of();
    private List<String> coUnitIds = List.of();
    private String status = "OPEN";
    private long version = -1;
    private Instant createdAt;
    private Instant updatedAt;
    private final Map<String, TaskView.Report> latestByUnit = new LinkedHashMap<>();

    void apply(Object event, long sequence, Instant timestamp) {
        version = sequence;
        updatedAt = timestamp;
        if (event instanceof TaskCreated e) {
            created = e;
            title = e.title();
            text = e.text();
            timelineText = e.timelineText();
            leadUnitIds = e.leadUnitIds();
            coUnitIds = e.coUnitIds();
            createdAt = timestamp;
        } else if (event instanceof TaskRevised e) {
            title = e.title() != null ? e.title() : title;
            text = e.text() != null ? e.text() : text;
            timelineText = e.timelineText() != null ? e.timelineText() : timelineText;
        } else if (event instanceof UnitsReassigned e) {
            leadUnitIds = e.leadUnitIds();
            coUnitIds = e.coUnitIds();
        } else if (event instanceof ProgressReported e) {
            latestByUnit.put(e.unitId(),
                    new TaskView.Report(e.reportId(), e.unitId(), e.period(), e.text(), timestamp, null));
        } else if (event instanceof ProgressReportCorrected e) {
            latestByUnit.put(e.unitId(), new TaskView.Report(e.reportId(), e.unitId(), e.period(), e.text(),
                    timestamp, e.supersedesReportId()));
        } else if (event instanceof TaskSuspended) {
            status = "SUSPENDED";
        } else if (event instanceof TaskResumed) {
            status = "OPEN";
        } else if (event instanceof TaskCancelled) {
            status = "CANCELLED";
        } else if (event instanceof CompletionApproved) {
            status = "COMPLETED";
        }
        // milestones, targets and requests do not change what this view shows
    }

    boolean exists() {
        return created != null;
    }

    TaskView view() {
        List<TaskView.Report> reports = new ArrayList<>(latestByUnit.values());
        reports.sort(Comparator.comparing(TaskView.Report::reportedAt).reversed());
        return new TaskView(created.taskId(), created.planId(), created.parentId(), created.code(), title, text,
                leadUnitIds, coUnitIds, timelineText, status, version, createdAt, updatedAt, reports);
    }
}
