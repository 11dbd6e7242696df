package duban.tasks.task.query;

import duban.events.envelope.Actor;
import duban.events.task.CompletionApproved;
import duban.events.task.CompletionRejected;
import duban.events.task.CompletionRequested;
import duban.events.task.ExtensionDenied;
import duban.events.task.ExtensionGranted;
import duban.events.task.ExtensionRequested;
import duban.events.task.MilestoneCompleted;
import duban.events.task.MilestoneRescheduled;
import duban.events.task.MilestoneScheduled;
import duban.events.task.ProgressReportCorrected;
import duban.events.task.ProgressReported;
import duban.events.task.ReportAccepted;
import duban.events.task.ReportReturned;
import duban.events.task.TargetSet;
import duban.events.task.TaskAcknowledged;
import duban.events.task.TaskCreated;
import duban.events.task.TaskRevised;
import duban.events.task.TaskUrged;
import duban.events.task.UnitsReassigned;
import duban.rules.status.TaskStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds a task's events, in order, into a {@link TaskView}. One instance per read; milestones, reports and
 * requests each have their own fold, this one keeps the task's wording, units, status and targets.
 */
final class TaskStateFold {

    private TaskCreated created;
    private String title;
    private String text;
    private String timelineText;
    private List<String> leadUnitIds = List.of();
    private List<String> coUnitIds = List.of();
    private TaskStatus status = TaskStatus.initial();
    private long version = -1;
    private Instant createdAt;
    private Instant updatedAt;
    private final Map<String, TargetSet> targets = new LinkedHashMap<>();
    private final MilestonesFold milestones = new MilestonesFold();
    private final ReportsFold reports = new ReportsFold();
    private final RequestsFold requests = new RequestsFold();
    private final AcknowledgementsFold acknowledgements = new AcknowledgementsFold();

    /** Applies one event; {@code actor} is who caused it (the supervisor of a review), null when unrecorded. */
    void apply(Object event, long sequence, Instant timestamp, Actor actor) {
        version = sequence;
        updatedAt = timestamp;
        status = status.after(event);
        if (event instanceof TaskCreated e) {
            created(e, timestamp);
        } else if (event instanceof TaskRevised e) {
            revised(e);
        } else if (event instanceof UnitsReassigned e) {
            leadUnitIds = e.leadUnitIds();
            coUnitIds = e.coUnitIds();
            acknowledgements.assigned(leadUnitIds, coUnitIds, timestamp);
        } else if (event instanceof TargetSet e) {
            targets.put(e.targetId(), e);
        } else if (event instanceof CompletionApproved e) {
            requests.completionApproved(e, timestamp);
            milestones.closed(e);
        } else if (event instanceof TaskAcknowledged e) {
            acknowledgements.acknowledged(e, timestamp);
        } else if (event instanceof ReportAccepted e) {
            reports.accepted(e, timestamp, actor);
        } else if (event instanceof ReportReturned e) {
            reports.returned(e, timestamp, actor);
        } else {
            applyToParts(event, timestamp);
        }
    }

    private void applyToParts(Object event, Instant timestamp) {
        if (event instanceof MilestoneScheduled e) {
            milestones.scheduled(e);
        } else if (event instanceof MilestoneRescheduled e) {
            milestones.rescheduled(e, timestamp);
        } else if (event instanceof MilestoneCompleted e) {
            milestones.completed(e);
        } else if (event instanceof ProgressReported e) {
            reports.reported(e, timestamp);
        } else if (event instanceof ProgressReportCorrected e) {
            reports.corrected(e, timestamp);
        } else if (event instanceof CompletionRequested e) {
            requests.completionRequested(e, timestamp);
        } else if (event instanceof CompletionRejected e) {
            requests.completionRejected(e, timestamp);
        } else if (event instanceof ExtensionRequested e) {
            requests.extensionRequested(e, timestamp);
        } else if (event instanceof ExtensionGranted e) {
            requests.extensionGranted(e, timestamp);
        } else if (event instanceof ExtensionDenied e) {
            requests.extensionDenied(e, timestamp);
        } else if (event instanceof TaskUrged e) {
            requests.urged(e, timestamp);
        }
    }

    private void created(TaskCreated e, Instant timestamp) {
        created = e;
        title = e.title();
        text = e.text();
        timelineText = e.timelineText();
        leadUnitIds = e.leadUnitIds();
        coUnitIds = e.coUnitIds();
        createdAt = timestamp;
        acknowledgements.assigned(leadUnitIds, coUnitIds, timestamp);
    }

    private void revised(TaskRevised e) {
        title = e.title() != null ? e.title() : title;
        text = e.text() != null ? e.text() : text;
        timelineText = e.timelineText() != null ? e.timelineText() : timelineText;
    }

    boolean exists() {
        return created != null;
    }

    String planId() {
        return created.planId();
    }

    /** The task as folded; {@code reviewRequired}: whether its plan reviewed reports at the instant read. */
    TaskView view(boolean reviewRequired) {
        return new TaskView(created.taskId(), created.planId(), created.parentId(), created.code(), title, text,
                leadUnitIds, coUnitIds, timelineText, created.reportingCadence(), orEmpty(created.leaders()), status.name(), version, createdAt, updatedAt,
                milestones.view(reports), targets(), requests.completions(), requests.extensions(), requests.urges(),
                acknowledgements.view(), acknowledgements.unacknowledged(), reports.view(reviewRequired));
    }

    private List<TaskView.Target> targets() {
        return targets.values().stream().map(t -> new TaskView.Target(t.targetId(), t.description(), t.measureWord(),
                t.total(), orEmpty(t.allocations()), orEmpty(t.namedItems()), orEmpty(t.allocationWarnings()),
                reports.latestCounts(t.targetId()), t.partOfTargetId())).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
