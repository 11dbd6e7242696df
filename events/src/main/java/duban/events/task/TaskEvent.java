package duban.events.task;

import duban.events.LedgerEvent;

/** An event of the Task aggregate. */
public sealed interface TaskEvent extends LedgerEvent permits
        TaskCreated, TaskRevised, UnitsReassigned,
        MilestoneScheduled, MilestoneRescheduled, MilestoneCompleted,
        TargetSet,
        ProgressReported, ProgressReportCorrected,
        CompletionRequested, CompletionApproved, CompletionRejected,
        ExtensionRequested, ExtensionGranted, ExtensionDenied,
        TaskAcknowledged, ReportAccepted, ReportReturned,
        TaskUrged, TaskSuspended, TaskResumed, TaskCancelled {

    String taskId();

    @Override
    default String aggregateId() {
        return taskId();
    }

    @Override
    default String aggregateType() {
        return "task";
    }
}
