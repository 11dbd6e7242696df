package duban.tasks.task.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import duban.events.task.Allocation;
import duban.events.task.CompletionApproved;
import duban.events.task.CompletionRejected;
import duban.events.task.CompletionRequested;
import duban.events.task.ExtensionDenied;
import duban.events.task.ExtensionGranted;
import duban.events.task.ExtensionRequested;
import duban.events.task.MilestoneCommitment;
import duban.events.task.MilestoneCompleted;
import duban.events.task.MilestoneRescheduled;
import duban.events.task.MilestoneScheduled;
import duban.events.task.ProgressReportCorrected;
import duban.events.task.ProgressReported;
import duban.events.task.ReportAccepted;
import duban.events.task.ReportReturned;
import duban.events.task.ReportingCadence;
import duban.events.task.TargetSet;
import duban.events.task.TaskAcknowledged;
import duban.events.task.TaskCancelled;
import duban.events.task.TaskCreated;
import duban.events.task.TaskResumed;
import duban.events.task.TaskRevised;
import duban.events.task.TaskSuspended;
import duban.events.task.TaskUrged;
import duban.events.task.UnitsReassigned;
import duban.rules.duty.TaskUnits;
import duban.rules.duty.UnitStanding;
import duban.rules.period.PeriodVerdict;
import duban.rules.review.CorrectionDeadline;
import duban.rules.status.TaskStatus;
import duban.tasks.domain.actor.ActorMetadata;
import duban.tasks.domain.actor.OwnUnitRule;
import duban.tasks.domain.rule.Require;
import duban.tasks.domain.rule.Violation;
import duban.tasks.domain.snapshot.SnapshotState;
import duban.tasks.task.command.AcceptReport;
import duban.tasks.task.command.AcknowledgeAssignment;
import duban.tasks.task.command.ApproveCompletion;
import duban.tasks.task.command.CancelTask;
import duban.tasks.task.command.CompleteMilestone;
import duban.tasks.task.command.CorrectProgressReport;
import duban.tasks.task.command.CreateTask;
import duban.tasks.task.command.DenyExtension;
import duban.tasks.task.command.GrantExtension;
import duban.tasks.task.command.ReassignUnits;
import duban.tasks.task.command.RejectCompletion;
import duban.tasks.task.command.ReportProgress;
import duban.tasks.task.command.RequestCompletion;
import duban.tasks.task.command.RequestExtension;
import duban.tasks.task.command.RescheduleMilestone;
import duban.tasks.task.command.ResumeTask;
import duban.tasks.task.command.ReturnReport;
import duban.tasks.task.command.ReviseTask;
import duban.tasks.task.command.ScheduleMilestone;
import duban.tasks.task.command.SetTarget;
import duban.tasks.task.command.SuspendTask;
import duban.tasks.task.command.UnitFiledCommand;
import duban.tasks.task.command.UrgeUnits;
import duban.tasks.task.port.GroupMembers;
import duban.tasks.task.port.ReportReview;
import duban.tasks.task.port.ReportingPeriods;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;

/**
 * A task (任务) of a plan: its units, milestones (节点), targets (目标), progress reports (进展情况) and the
 * supervisor's decisions. Event-sourced: every field below is rebuilt from the task's events, and a
 * command handler only checks the rules and decides which events to apply.
 *
 * <p>Lifecycle (the ledger rules' {@link TaskStatus}): OPEN ⇄ SUSPENDED, then COMPLETED (办结) or CANCELLED,
 * both final: a closed task takes no command at all. A suspended task lifts the units' obligations, so it refuses
 * what pushes or closes them (urges, extension and completion requests, approval) and takes everything else; in
 * particular it still takes reports, since a report is a fact a unit wants on record.
 */
@SnapshotState
public class Task {

    @AggregateIdentifier
    private String taskId;
    private String planId;
    /** The first event's timestamp: the task's reporting periods start from it. */
    private Instant createdAt;
    private TaskStatus status;
    /** The task's own reporting cadence (报送频次) when its notice sets one; null: its plan's reporting days. */
    private ReportingCadence reportingCadence;
    private String title;
    private String text;
    private String timelineText;
    private List<String> leadUnitIds;
    private List<String> coUnitIds;
    /**
     * The lead and co-responsible units that acknowledged (签收) their current assignment. An assignment lasts while
     * the unit stays lead or co-responsible, whichever of the two; taken off the task, it loses its acknowledgement.
     */
    private final Set<String> acknowledgedUnitIds = new HashSet<>();
    /** The lead unit whose completion request waits for a decision, null when none does. */
    private String completionRequestedBy;
    private final Milestones milestones = new Milestones();
    private final Targets targets = new Targets();
    private final Reports reports = new Reports();
    private final ExtensionRequests extensions = new ExtensionRequests();

    /** For Axon, which rebuilds the task from its events. */
    protected Task() {
    }

    @CommandHandler
    public Task(CreateTask command) {
        Require.text(command.taskId(), "taskId");
        Require.text(command.planId(), "planId");
        Require.text(command.code(), "code");
        Require.text(command.title(), "title");
        if (command.taskId().equals(command.parentId())) {
            throw Violation.INVALID_PARENT.because("a task cannot be its own parent");
        }
        List<String> leads = Require.distinctIds(command.leadUnitIds(), "leadUnitIds");
        List<String> cos = Require.distinctIds(command.coUnitIds(), "coUnitIds");
        Require.disjoint(leads, cos, "both lead and co-responsible unit");
        if (leads.isEmpty() && !cos.isEmpty()) {
            throw Violation.LEAD_UNIT_REQUIRED.because("co-responsible units need at least one lead unit");
        }
        apply(new TaskCreated(command.taskId(), command.planId(), command.parentId(), command.code(),
                command.title(), command.text(), leads, cos, command.timelineText(),
                NoticeData.cadence(command.reportingCadence()), NoticeData.leaders(command.leaders())));
    }

    /**
     * Every command on an existing task answers the version it left the task at: the writer's ETag is then
     * exactly its own write's version, never that of a later write by someone else, and costs no read.
     */
    @CommandHandlerInterceptor
    public Long answerWithVersion(InterceptorChain chain) throws Exception {
        chain.proceed();
        return AggregateLifecycle.getVersion();
    }

    /** What a unit files on the task is filed by that unit's own clerk ({@link OwnUnitRule}), whoever sent it. */
    @CommandHandlerInterceptor
    public Object filedByTheUnitsOwnClerk(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (command.getPayload() instanceof UnitFiledCommand filed) {
            OwnUnitRule.requireClerkOf(filed.unitId(), ActorMetadata.actorOf(command.getMetaData()));
        }
        return chain.proceed();
    }

    @CommandHandler
    public void handle(ReviseTask command) {
        requireNotClosed();
        String newTitle = changed(title, command.title());
        String newText = changed(text, command.text());
        String newTimeline = changed(timelineText, command.timelineText());
        if (newTitle == null && newText == null && newTimeline == null) {
            throw Violation.NO_CHANGE.because("the revision changes neither title, text nor timeline");
        }
        if (command.title() != null) {
            Require.text(command.title(), "title");
        }
        apply(new TaskRevised(taskId, newTitle, newText, newTimeline, command.reason()));
    }

    @CommandHandler
    public void handle(ReassignUnits command) {
        requireNotClosed();
        List<String> leads = Require.distinctIds(command.leadUnitIds(), "leadUnitIds");
        List<String> cos = Require.distinctIds(command.coUnitIds(), "coUnitIds");
        Require.disjoint(leads, cos, "both lead and co-responsible unit");
        if (leads.isEmpty()) {
            throw Violation.LEAD_UNIT_REQUIRED.because("a task needs at least one lead unit");
        }
        if (new HashSet<>(leads).equals(new HashSet<>(leadUnitIds)) && new HashSet<>(cos).equals(new HashSet<>(coUnitIds))) {
            throw Violation.NO_CHANGE.because("the task has these lead and co-responsible units already");
        }
        apply(new UnitsReassigned(taskId, leads, cos, command.reason()));
    }

    @CommandHandler
    public void handle(ScheduleMilestone command, GroupMembers groups) {
        requireNotClosed();
        Require.text(command.milestoneId(), "milestoneId");
        Require.present(command.dueOn(), "dueOn");
        Require.text(command.description(), "description");
        if (milestones.contains(command.milestoneId())) {
            throw Violation.DUPLICATE_ID.because("milestone " + command.milestoneId() + " exists already");
        }
        List<String> responsible = Require.distinctIds(command.responsibleUnitIds(), "responsibleUnitIds");
        responsible.forEach(unitId -> requireOnTask(unitId, groups));
        apply(new MilestoneScheduled(taskId, command.milestoneId(), command.dueOn(), command.description(),
                command.soft() ? MilestoneCommitment.SOFT : MilestoneCommitment.FIRM, responsible));
    }

    @CommandHandler
    public void handle(RescheduleMilestone command) {
        requireNotClosed();
        Require.present(command.dueOn(), "dueOn");
        Require.text(command.reason(), "reason");
        Milestones.Milestone milestone = milestones.requireNotDone(Require.text(command.milestoneId(), "milestoneId"));
        if (milestone.dueOn().equals(command.dueOn())) {
            throw Violation.NO_CHANGE.because("milestone " + command.milestoneId() + " is due on " + command.dueOn()
                    + " already");
        }
        apply(new MilestoneRescheduled(taskId, command.milestoneId(), milestone.dueOn(), command.dueOn(),
                command.reason()));
    }

    /**
     * A breakdown that does not add up is refused unless the supervisor accepts it: notices do contain
     * arithmetic that does not add up, and the ledger must record them as written, but a silent
     * mismatch is far more often a typing error. An accepted mismatch is recorded in the event's
     * {@code allocationWarnings} so that the read side can show it.
     */
    @CommandHandler
    public void handle(SetTarget command, GroupMembers groups) {
        requireNotClosed();
        Require.text(command.targetId(), "targetId");
        Require.text(command.measureWord(), "measureWord");
        BigDecimal total = Require.present(command.total(), "total");
        if (total.signum() < 0) {
            throw Violation.INVALID_ALLOCATION.because("the total of target " + command.targetId() + " is negative");
        }
        targets.requirePartOf(command.targetId(), command.partOfTargetId());
        AllocationCheck check = new AllocationCheck(groups);
        List<Allocation> allocations = check.normalised(command.allocations());
        List<String> mismatches = check.mismatches(total, command.measureWord(), allocations);
        if (!mismatches.isEmpty() && !command.acceptMismatch()) {
            throw Violation.ALLOCATION_MISMATCH.because(String.join("; ", mismatches));
        }
        apply(new TargetSet(taskId, command.targetId(), command.description(), command.measureWord(), total,
                allocations, Require.listOrEmpty(command.namedItems(), "namedItems"), mismatches,
                command.partOfTargetId()));
    }

    /**
     * Who may report: whoever owes reports (a lead unit, a unit holding a share of a target, itself or through a
     * group) and the co-responsible units, who owe none but may file. One report per unit and period; anything
     * further is a correction of it.
     */
    @CommandHandler
    public void handle(ReportProgress command, ReportingPeriods periods, GroupMembers groups) {
        requireNotClosed();
        Require.text(command.reportId(), "reportId");
        Require.text(command.unitId(), "unitId");
        requireMayReport(command.unitId(), groups);
        requireNewReportId(command.reportId());
        LocalDate period = command.period() != null ? command.period()
                : periods.currentPeriod(planId, reportingCadence, createdAt);
        requireOpenPeriod(period, periods);
        if (reports.reported(command.unitId(), period)) {
            throw Violation.PERIOD_ALREADY_REPORTED.because(command.unitId() + " already reported for " + period
                    + "; correct that report instead");
        }
        ReportContent content = ReportContent.checked(command.text(), command.counts(),
                command.milestonesClaimedDone(), command.attachments(), targets, milestones);
        apply(new ProgressReported(taskId, command.reportId(), command.unitId(), period, content.text(),
                content.counts(), content.milestonesClaimedDone(), content.attachments()));
    }

    /**
     * Only the unit that filed a report corrects it, and only the report in force (a report or its
     * latest correction), so the chain of corrections stays a line. The unit need not be responsible
     * any more: setting its own record straight stays its right after a reassignment.
     */
    @CommandHandler
    public void handle(CorrectProgressReport command) {
        requireNotClosed();
        Require.text(command.reportId(), "reportId");
        Require.text(command.unitId(), "unitId");
        Require.text(command.reason(), "reason");
        Reports.Filed replaced = reports.requireInForce(Require.text(command.supersedesReportId(), "supersedesReportId"));
        if (!replaced.unitId().equals(command.unitId())) {
            throw Violation.NOT_REPORT_OWNER.because("report " + command.supersedesReportId() + " was filed by "
                    + replaced.unitId() + ", not " + command.unitId());
        }
        requireNewReportId(command.reportId());
        ReportContent content = ReportContent.checked(command.text(), command.counts(),
                command.milestonesClaimedDone(), command.attachments(), targets, milestones);
        apply(new ProgressReportCorrected(taskId, command.reportId(), command.supersedesReportId(), command.unitId(),
                replaced.period(), content.text(), content.counts(), content.milestonesClaimedDone(),
                content.attachments(), command.reason()));
    }

    /**
     * 签收: a lead or co-responsible unit acknowledges its assignment, once. A unit taken off the task and assigned
     * again (or newly added) has a new assignment and acknowledges again; a change between lead and co-responsible
     * is the same assignment (the unit has the task already), so its acknowledgement stands. Like a report, it is a
     * fact a unit wants on record: a suspended task takes it, a closed one takes nothing.
     */
    @CommandHandler
    public void handle(AcknowledgeAssignment command) {
        requireNotClosed();
        String unitId = Require.text(command.unitId(), "unitId");
        if (!leadUnitIds.contains(unitId) && !coUnitIds.contains(unitId)) {
            throw Violation.NOT_ASSIGNED_UNIT.because(unitId + " is neither a lead nor a co-responsible unit of task "
                    + taskId + " and has no assignment to acknowledge");
        }
        if (acknowledgedUnitIds.contains(unitId)) {
            throw Violation.ALREADY_ACKNOWLEDGED.because(unitId + " acknowledged its assignment to task " + taskId
                    + " already");
        }
        apply(new TaskAcknowledged(taskId, unitId, command.note()));
    }

    /** 审核确认: only on a plan that reviews reports, only the report in force, only once. */
    @CommandHandler
    public void handle(AcceptReport command, ReportReview review) {
        requireNotClosed();
        String reportId = Require.text(command.reportId(), "reportId");
        requireReviewedPlan(review);
        reports.requireAwaitingReview(reportId);
        apply(new ReportAccepted(taskId, reportId, command.note()));
    }

    /**
     * 退回: as acceptance, with a reason and the day the correction is due, fixed now: the supervisor's, not before
     * today, or the ledger rules' default counted from today (both in the plan's time zone).
     */
    @CommandHandler
    public void handle(ReturnReport command, ReportReview review) {
        requireNotClosed();
        String reportId = Require.text(command.reportId(), "reportId");
        String reason = Require.text(command.reason(), "reason");
        requireReviewedPlan(review);
        reports.requireAwaitingReview(reportId);
        LocalDate today = review.today(planId);
        LocalDate correctBy = command.correctBy() != null ? command.correctBy() : review.correctBy(planId, today);
        if (!CorrectionDeadline.accepts(correctBy, today)) {
            throw Violation.CORRECT_BY_BEFORE_RETURN.because("a correction cannot be due on " + correctBy
                    + ", before the report is returned on " + today);
        }
        apply(new ReportReturned(taskId, reportId, reason, correctBy));
    }

    @CommandHandler
    public void handle(CompleteMilestone command) {
        requireNotClosed();
        Require.present(command.completedOn(), "completedOn");
        milestones.requireNotDone(Require.text(command.milestoneId(), "milestoneId"));
        apply(new MilestoneCompleted(taskId, command.milestoneId(), command.completedOn(), command.note()));
    }

    @CommandHandler
    public void handle(RequestCompletion command) {
        requireRunning("a completion request");
        Require.text(command.unitId(), "unitId");
        if (!leadUnitIds.contains(command.unitId())) {
            throw Violation.NOT_LEAD_UNIT.because(command.unitId() + " is not a lead unit of task " + taskId);
        }
        if (completionRequestedBy != null) {
            throw Violation.COMPLETION_ALREADY_REQUESTED.because(completionRequestedBy
                    + " asked for completion already");
        }
        apply(new CompletionRequested(taskId, command.unitId(), command.note()));
    }

    @CommandHandler
    public void handle(ApproveCompletion command) {
        requireRunning("an approval");
        requireCompletionRequested();
        List<String> waived = List.copyOf(new LinkedHashSet<>(
                Require.listOrEmpty(command.waivedMilestoneIds(), "waivedMilestoneIds")));
        waived.forEach(milestones::requireNotDone);
        List<String> open = new ArrayList<>(milestones.notDone());
        open.removeAll(waived);
        if (!open.isEmpty()) {
            throw Violation.MILESTONES_OPEN.because("milestones neither done nor waived: " + String.join(", ", open));
        }
        apply(new CompletionApproved(taskId, waived, command.note()));
    }

    @CommandHandler
    public void handle(RejectCompletion command) {
        requireNotClosed();
        Require.text(command.reason(), "reason");
        requireCompletionRequested();
        apply(new CompletionRejected(taskId, command.reason()));
    }

    @CommandHandler
    public void handle(RequestExtension command) {
        requireRunning("an extension request");
        Require.text(command.requestId(), "requestId");
        Require.text(command.unitId(), "unitId");
        Require.present(command.requestedDueOn(), "requestedDueOn");
        Require.text(command.reason(), "reason");
        Milestones.Milestone milestone = milestones.requireNotDone(Require.text(command.milestoneId(), "milestoneId"));
        if (!leadUnitIds.contains(command.unitId()) && !milestone.responsibleUnitIds().contains(command.unitId())) {
            throw Violation.NOT_RESPONSIBLE_UNIT.because(command.unitId() + " is neither a lead unit nor bound by "
                    + command.milestoneId());
        }
        if (extensions.contains(command.requestId())) {
            throw Violation.DUPLICATE_ID.because("extension request " + command.requestId() + " exists already");
        }
        if (extensions.pendingFor(command.milestoneId())) {
            throw Violation.EXTENSION_ALREADY_REQUESTED.because("an extension of " + command.milestoneId()
                    + " waits for a decision already");
        }
        requireLater(command.requestedDueOn(), milestone);
        apply(new ExtensionRequested(taskId, command.requestId(), command.milestoneId(), command.unitId(),
                command.requestedDueOn(), command.reason()));
    }

    /** A grant is the decision and moves the milestone: both facts are recorded, in that order. */
    @CommandHandler
    public void handle(GrantExtension command) {
        requireNotClosed();
        ExtensionRequests.Request request = extensions.requirePending(Require.text(command.requestId(), "requestId"));
        Milestones.Milestone milestone = milestones.requireNotDone(request.milestoneId());
        LocalDate dueOn = command.dueOn() != null ? command.dueOn() : request.requestedDueOn();
        requireLater(dueOn, milestone);
        apply(new ExtensionGranted(taskId, command.requestId(), request.milestoneId(), dueOn, command.note()));
        apply(new MilestoneRescheduled(taskId, request.milestoneId(), milestone.dueOn(), dueOn,
                "extension " + command.requestId() + " granted"));
    }

    @CommandHandler
    public void handle(DenyExtension command) {
        requireNotClosed();
        Require.text(command.reason(), "reason");
        ExtensionRequests.Request request = extensions.requirePending(Require.text(command.requestId(), "requestId"));
        apply(new ExtensionDenied(taskId, command.requestId(), request.milestoneId(), command.reason()));
    }

    @CommandHandler
    public void handle(UrgeUnits command, GroupMembers groups) {
        requireRunning("an urge");
        List<String> unitIds = Require.distinctIds(command.unitIds(), "unitIds");
        if (unitIds.isEmpty()) {
            throw Violation.MISSING_FIELD.because("unitIds is required");
        }
        unitIds.forEach(unitId -> requireOnTask(unitId, groups));
        apply(new TaskUrged(taskId, unitIds, command.message()));
    }

    @CommandHandler
    public void handle(SuspendTask command) {
        requireRunning("a suspension");
        Require.text(command.reason(), "reason");
        apply(new TaskSuspended(taskId, command.reason()));
    }

    @CommandHandler
    public void handle(ResumeTask command) {
        requireNotClosed();
        if (status != TaskStatus.SUSPENDED) {
            throw Violation.TASK_NOT_SUSPENDED.because("task " + taskId + " is not suspended");
        }
        apply(new TaskResumed(taskId, command.note()));
    }

    @CommandHandler
    public void handle(CancelTask command) {
        requireNotClosed();
        Require.text(command.reason(), "reason");
        apply(new TaskCancelled(taskId, command.reason()));
    }

    // --- rules shared by several commands ---

    private void requireNotClosed() {
        if (status.closed()) {
            throw Violation.TASK_CLOSED.because("task " + taskId + " is " + status.name().toLowerCase(Locale.ROOT));
        }
    }

    private void requireRunning(String what) {
        requireNotClosed();
        if (status == TaskStatus.SUSPENDED) {
            throw Violation.TASK_SUSPENDED.because("task " + taskId + " is suspended and takes no " + what);
        }
    }

    private void requireReviewedPlan(ReportReview review) {
        if (!review.required(planId)) {
            throw Violation.REVIEW_OFF.because("plan " + planId + " does not review its reports");
        }
    }

    private void requireCompletionRequested() {
        if (completionRequestedBy == null) {
            throw Violation.NO_COMPLETION_REQUEST.because("no completion request of task " + taskId + " is pending");
        }
    }

    /** The ledger's rule of who may report: whoever owes reports, and co-responsible units (who owe none). */
    private void requireMayReport(String unitId, GroupMembers groups) {
        if (units().standingOf(unitId, groups).filter(UnitStanding::mayReport).isEmpty()) {
            throw Violation.NOT_RESPONSIBLE_UNIT.because(unitId + " is neither a lead or co-responsible unit of task "
                    + taskId + " nor holds a share of its targets");
        }
    }

    private void requireOnTask(String unitId, GroupMembers groups) {
        if (units().standingOf(unitId, groups).isEmpty()) {
            throw Violation.UNIT_NOT_ON_TASK.because(unitId + " is neither a lead or co-responsible unit of task "
                    + taskId + " nor holds a share of its targets");
        }
    }

    private TaskUnits units() {
        return new TaskUnits(leadUnitIds, coUnitIds, targets.allocations());
    }

    private void requireNewReportId(String reportId) {
        if (reports.contains(reportId)) {
            throw Violation.DUPLICATE_ID.because("report " + reportId + " exists already");
        }
    }

    private void requireOpenPeriod(LocalDate period, ReportingPeriods periods) {
        switch (periods.judge(planId, reportingCadence, createdAt, period)) {
            case OPEN -> {
            }
            case NOT_A_PERIOD -> throw Violation.UNKNOWN_PERIOD.because(period + " is not a reporting day of plan "
                    + planId + (reportingCadence == null ? "" : " for this task's cadence (" + reportingCadence.text() + ")"));
            case BEFORE_TASK -> throw Violation.UNKNOWN_PERIOD.because(period + " lies before the first reporting day"
                    + " of task " + taskId);
            case NOT_YET_OPEN -> throw Violation.PERIOD_NOT_OPEN.because("the period ending " + period
                    + " has not opened yet");
        }
    }

    private static void requireLater(LocalDate dueOn, Milestones.Milestone milestone) {
        if (!dueOn.isAfter(milestone.dueOn())) {
            throw Violation.EXTENSION_NOT_LATER.because("an extension must move the milestone after "
                    + milestone.dueOn() + ", not to " + dueOn);
        }
    }

    /** The new value when it differs from the current one, null when it is absent or the same. */
    private static String changed(String current, String proposed) {
        return proposed == null || Objects.equals(current, proposed) ? null : proposed;
    }

    // --- state, rebuilt from the events ---

    @EventSourcingHandler
    void on(TaskCreated event, @Timestamp Instant timestamp) {
        taskId = event.taskId();
        planId = event.planId();
        createdAt = timestamp;
        status = TaskStatus.initial();
        reportingCadence = event.reportingCadence();
        title = event.title();
        text = event.text();
        timelineText = event.timelineText();
        leadUnitIds = new ArrayList<>(event.leadUnitIds());
        coUnitIds = new ArrayList<>(event.coUnitIds());
    }

    @EventSourcingHandler
    void on(TaskRevised event) {
        title = event.title() != null ? event.title() : title;
        text = event.text() != null ? event.text() : text;
        timelineText = event.timelineText() != null ? event.timelineText() : timelineText;
    }

    @EventSourcingHandler
    void on(UnitsReassigned event) {
        leadUnitIds = new ArrayList<>(event.leadUnitIds());
        coUnitIds = new ArrayList<>(event.coUnitIds());
        // A unit taken off ends its assignment; one that stays (whether lead or co-responsible) keeps it.
        acknowledgedUnitIds.removeIf(unitId -> !leadUnitIds.contains(unitId) && !coUnitIds.contains(unitId));
    }

    @EventSourcingHandler
    void on(TaskAcknowledged event) {
        acknowledgedUnitIds.add(event.unitId());
    }

    @EventSourcingHandler
    void on(ReportAccepted event) {
        reports.reviewed(event.reportId(), Reports.Review.ACCEPTED);
    }

    @EventSourcingHandler
    void on(ReportReturned event) {
        reports.reviewed(event.reportId(), Reports.Review.RETURNED);
    }

    @EventSourcingHandler
    void on(MilestoneScheduled event) {
        milestones.schedule(event.milestoneId(), new Milestones.Milestone(event.dueOn(),
                List.copyOf(event.responsibleUnitIds()), false));
    }

    @EventSourcingHandler
    void on(MilestoneRescheduled event) {
        milestones.moveTo(event.milestoneId(), event.dueOn());
    }

    @EventSourcingHandler
    void on(MilestoneCompleted event) {
        milestones.complete(event.milestoneId());
    }

    @EventSourcingHandler
    void on(TargetSet event) {
        targets.set(event);
    }

    @EventSourcingHandler
    void on(ProgressReported event) {
        reports.filed(event.reportId(), event.unitId(), event.period());
    }

    @EventSourcingHandler
    void on(ProgressReportCorrected event) {
        reports.superseded(event.supersedesReportId());
        reports.filed(event.reportId(), event.unitId(), event.period());
    }

    @EventSourcingHandler
    void on(CompletionRequested event) {
        completionRequestedBy = event.unitId();
    }

    @EventSourcingHandler
    void on(CompletionApproved event) {
        completionRequestedBy = null;
        status = status.after(event);
    }

    @EventSourcingHandler
    void on(CompletionRejected event) {
        completionRequestedBy = null;
    }

    @EventSourcingHandler
    void on(ExtensionRequested event) {
        extensions.requested(event.requestId(), event.milestoneId(), event.requestedDueOn());
    }

    @EventSourcingHandler
    void on(ExtensionGranted event) {
        extensions.decided(event.requestId());
    }

    @EventSourcingHandler
    void on(ExtensionDenied event) {
        extensions.decided(event.requestId());
    }

    @EventSourcingHandler
    void on(TaskSuspended event) {
        status = status.after(event);
    }

    @EventSourcingHandler
    void on(TaskResumed event) {
        status = status.after(event);
    }

    @EventSourcingHandler
    void on(TaskCancelled event) {
        status = status.after(event);
    }
}
