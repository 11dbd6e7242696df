package duban.tasks.ledger.query;

import duban.events.plan.PlanAmended;
import duban.events.plan.PlanRegistered;
import duban.events.task.CompletionRejected;
import duban.events.task.CompletionRequested;
import duban.events.task.MilestoneCommitment;
import duban.events.task.MilestoneCompleted;
import duban.events.task.MilestoneRescheduled;
import duban.events.task.MilestoneScheduled;
import duban.events.task.ProgressReportCorrected;
import duban.events.task.ProgressReported;
import duban.events.task.TargetSet;
import duban.events.task.TaskCreated;
import duban.events.task.TaskRevised;
import duban.events.task.UnitsReassigned;
import duban.tasks.eventstore.StoredEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the events of a plan and its tasks, in store order, into the plan's header and task tree. One instance
 * per read; it is given only the events recorded up to the instant the ledger shows.
 */
final class PlanFold {

    private String title;
    private String docNumber;
    private boolean planExists;
    private final Map<String, TaskState> tasks = new LinkedHashMap<>();

    void apply(StoredEvent stored) {
        Object event = stored.payload();
        if (event instanceof PlanRegistered e) {
            planExists = true;
            title = e.title();
            docNumber = e.docNumber();
        } else if (event instanceof PlanAmended e) {
            title = e.title() != null ? e.title() : title;
            docNumber = e.docNumber() != null ? e.docNumber() : docNumber;
        } else if (event instanceof TaskCreated e) {
            TaskState task = new TaskState(e.taskId(), e.parentId(), e.code());
            task.title = e.title();
            task.text = e.text();
            task.timelineText = e.timelineText();
            task.leadUnitIds = e.leadUnitIds();
            task.coUnitIds = e.coUnitIds();
            tasks.put(e.taskId(), task);
        } else {
            TaskState task = tasks.get(stored.aggregateId());
            if (task != null) {
                applyToTask(task, event);
            }
        }
    }

    private static void applyToTask(TaskState task, Object event) {
        if (event instanceof TaskRevised e) {
            task.title = e.title() != null ? e.title() : task.title;
            task.text = e.text() != null ? e.text() : task.text;
            task.timelineText = e.timelineText() != null ? e.timelineText() : task.timelineText;
        } else if (event instanceof UnitsReassigned e) {
            task.leadUnitIds = e.leadUnitIds();
            task.coUnitIds = e.coUnitIds();
        } else if (event instanceof MilestoneScheduled e) {
            task.milestones.put(e.milestoneId(), new TaskState.MilestoneState(e.milestoneId(), e.dueOn(),
                    e.description(), e.commitment() == MilestoneCommitment.SOFT, e.responsibleUnitIds()));
        } else if (event instanceof MilestoneRescheduled e) {
            TaskState.MilestoneState milestone = task.milestones.get(e.milestoneId());
            if (milestone != null) {
                milestone.dueOn = e.dueOn();
            }
        } else if (event instanceof MilestoneCompleted e) {
            TaskState.MilestoneState milestone = task.milestones.get(e.milestoneId());
            if (milestone != null) {
                milestone.done = true;
            }
        } else if (event instanceof TargetSet e) {
            task.targets.put(e.targetId(), new TaskState.TargetState(e.targetId(), e.description(),
                    e.measureWord(), e.total(), e.allocations()));
        } else if (event instanceof ProgressReported e) {
            task.latestReports.put(e.unitId(), new TaskState.ReportState(e.unitId(), e.period(), e.text()));
        } else if (event instanceof ProgressReportCorrected e) {
            task.latestReports.put(e.unitId(), new TaskState.ReportState(e.unitId(), e.period(), e.text()));
        } else if (event instanceof CompletionRequested) {
            task.completionRequested = true;
        } else if (event instanceof CompletionRejected) {
            task.completionRequested = false;
        } else {
            task.status = task.status.after(event);
        }
    }

    boolean planExists() {
        return planExists;
    }

    String title() {
        return title;
    }

    String docNumber() {
        return docNumber;
    }

    /** The roots of the tree, in creation order (the notice's order); children hang below them likewise. */
    List<TaskState> roots() {
        List<TaskState> roots = new ArrayList<>();
        for (TaskState task : tasks.values()) {
            TaskState parent = task.parentId == null ? null : tasks.get(task.parentId);
            if (parent == null) {
                roots.add(task);
            } else {
                parent.children.add(task);
            }
        }
        return roots;
    }
}
