package duban.view.slice;

import duban.events.task.Allocation;
import duban.events.task.CompletionApproved;
import duban.events.task.CompletionRejected;
import duban.events.task.CompletionRequested;
import duban.events.task.ExtensionDenied;
import duban.events.task.ExtensionGranted;
import duban.events.task.ExtensionRequested;
import duban.events.task.LeaderLine;
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
import duban.events.task.TaskCreated;
import duban.events.task.TaskEvent;
import duban.events.task.TaskRevised;
import duban.events.task.TaskUrged;
import duban.events.task.UnitsReassigned;
import duban.rules.compliance.Review;
import duban.rules.status.TaskStatus;
import duban.view.history.Recorded;
import duban.view.history.TaskHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A task as it stood at an instant: its events recorded by then, folded. */
public final class TaskAt {

    private final TaskHistory history;
    private final Instant at;
    private String title;
    private String text;
    private String timelineText;
    private List<String> leadUnitIds;
    private List<String> coUnitIds;
    private TaskStatus status = TaskStatus.initial();
    private Instant statusSince;
    private long version;
    private Instant updatedAt;
    private final Map<String, MilestoneAt> milestones = new LinkedHashMap<>();
    private final Map<String, TargetAt> targets = new LinkedHashMap<>();
    private final Map<String, Filing> filings = new LinkedHashMap<>();
    private final List<Requests.Completion> completions = new ArrayList<>();
    private final Map<String, Requests.Extension> extensions = new LinkedHashMap<>();
    private final List<Requests.Urge> urges = new ArrayList<>();
    /** The latest acceptance or return (审核确认 / 退回) of each report, by report id. */
    private final Map<String, Review> reviews = new LinkedHashMap<>();
    private final List<ReportReturn> returns = new ArrayList<>();
    /** When each current lead unit became one: the task's creation, or the reassignment that named it. */
    private final Map<String, Instant> leadSince = new LinkedHashMap<>();

    private TaskAt(TaskHistory history, Instant at) {
        this.history = history;
        this.at = at;
    }

    /** The task as it stood at {@code at}; null when it did not exist yet. */
    public static TaskAt of(TaskHistory history, Instant at) {
        if (!history.created().recordedBy(at)) {
            return null;
        }
        TaskAt task = new TaskAt(history, at);
        for (Recorded<? extends TaskEvent> recorded : history.events()) {
            if (recorded.recordedBy(at)) {
                task.apply(recorded);
            }
        }
        return task;
    }

    private void apply(Recorded<? extends TaskEvent> recorded) {
        TaskEvent event = recorded.event();
        Instant when = recorded.recordedAt();
        version = recorded.sequence();
        updatedAt = when;
        TaskStatus next = status.after(event);
        if (next != status || statusSince == null) {
            status = next;
            statusSince = when;
        }
        if (event instanceof TaskCreated created) {
            title = created.title();
            text = created.text();
            timelineText = created.timelineText();
            leadUnitIds = List.copyOf(created.leadUnitIds());
            coUnitIds = List.copyOf(created.coUnitIds());
            leadUnitIds.forEach(unitId -> leadSince.put(unitId, when));
        } else if (event instanceof TaskRevised revised) {
            title = revised.title() != null ? revised.title() : title;
            text = revised.text() != null ? revised.text() : text;
            timelineText = revised.timelineText() != null ? revised.timelineText() : timelineText;
        } else if (event instanceof UnitsReassigned reassigned) {
            leadUnitIds = List.copyOf(reassigned.leadUnitIds());
            coUnitIds = List.copyOf(reassigned.coUnitIds());
            leadSince.keySet().retainAll(leadUnitIds);
            leadUnitIds.forEach(unitId -> leadSince.putIfAbsent(unitId, when));
        } else if (event instanceof MilestoneScheduled scheduled) {
            milestones.put(scheduled.milestoneId(), new MilestoneAt(scheduled.milestoneId(), scheduled.description(),
                    scheduled.commitment() == null ? MilestoneCommitment.FIRM : scheduled.commitment(),
                    scheduled.responsibleUnitIds() == null ? List.of() : scheduled.responsibleUnitIds(),
                    scheduled.dueOn(), scheduled.dueOn(), null, when, List.of()));
        } else if (event instanceof MilestoneRescheduled moved) {
            milestones.computeIfPresent(moved.milestoneId(), (id, m) -> {
                List<MilestoneAt.Move> moves = new ArrayList<>(m.moves());
                moves.add(new MilestoneAt.Move(when, m.dueOn(), moved.dueOn(), moved.reason()));
                return new MilestoneAt(id, m.description(), m.commitment(), m.responsibleUnitIds(), m.originalDueOn(),
                        moved.dueOn(), m.doneOn(), m.scheduledAt(), moves);
            });
        } else if (event instanceof MilestoneCompleted completed) {
            milestones.computeIfPresent(completed.milestoneId(), (id, m) -> new MilestoneAt(id, m.description(),
                    m.commitment(), m.responsibleUnitIds(), m.originalDueOn(), m.dueOn(), completed.completedOn(),
                    m.scheduledAt(), m.moves()));
        } else if (event instanceof TargetSet target) {
            targets.put(target.targetId(), new TargetAt(target.targetId(), target.description(), target.measureWord(),
                    target.total(), target.allocations() == null ? List.<Allocation>of() : target.allocations(),
                    target.partOfTargetId(),
                    target.allocationWarnings() == null ? List.of() : target.allocationWarnings(), when));
        } else if (event instanceof ProgressReported report) {
            filings.put(report.reportId(), new Filing(report.reportId(), report.unitId(), report.period(), when, null,
                    report.text(), orEmpty(report.counts()), orEmpty(report.milestonesClaimedDone()),
                    orEmpty(report.attachments()), null, null));
        } else if (event instanceof ProgressReportCorrected correction) {
            filings.computeIfPresent(correction.supersedesReportId(),
                    (id, replaced) -> replaced.supersededBy(correction.reportId()));
            filings.put(correction.reportId(), new Filing(correction.reportId(), correction.unitId(),
                    correction.period(), when, correction.supersedesReportId(), correction.text(),
                    orEmpty(correction.counts()), orEmpty(correction.milestonesClaimedDone()),
                    orEmpty(correction.attachments()), correction.reason(), null));
        } else if (event instanceof CompletionRequested requested) {
            completions.add(new Requests.Completion(requested.unitId(), requested.note(), when,
                    Requests.Outcome.PENDING, null, null));
        } else if (event instanceof CompletionApproved approved) {
            decideCompletion(Requests.Outcome.APPROVED, when, approved.note());
        } else if (event instanceof CompletionRejected rejected) {
            decideCompletion(Requests.Outcome.REJECTED, when, rejected.reason());
        } else if (event instanceof ExtensionRequested requested) {
            extensions.put(requested.requestId(), new Requests.Extension(requested.requestId(),
                    requested.milestoneId(), requested.unitId(), requested.requestedDueOn(), requested.reason(), when,
                    Requests.Outcome.PENDING, null, null, null));
        } else if (event instanceof ExtensionGranted granted) {
            extensions.computeIfPresent(granted.requestId(), (id, r) -> new Requests.Extension(id, r.milestoneId(),
                    r.unitId(), r.requestedDueOn(), r.reason(), r.requestedAt(), Requests.Outcome.GRANTED, when,
                    granted.dueOn(), granted.note()));
        } else if (event instanceof ExtensionDenied denied) {
            extensions.computeIfPresent(denied.requestId(), (id, r) -> new Requests.Extension(id, r.milestoneId(),
                    r.unitId(), r.requestedDueOn(), r.reason(), r.requestedAt(), Requests.Outcome.DENIED, when, null,
                    denied.reason()));
        } else if (event instanceof ReportAccepted accepted) {
            reviews.put(accepted.reportId(), Review.accepted(when, accepted.note()));
        } else if (event instanceof ReportReturned returned) {
            reviews.put(returned.reportId(), Review.returned(when, returned.reason(), returned.correctBy()));
            Filing filing = filings.get(returned.reportId());
            if (filing != null) {
                returns.add(new ReportReturn(returned.reportId(), filing.unitId(), filing.period(), when,
                        returned.reason(), returned.correctBy()));
            }
        } else if (event instanceof TaskUrged urged) {
            urges.add(new Requests.Urge(recorded.eventId(), urged.unitIds(), urged.message(), when));
        }
    }

    private void decideCompletion(Requests.Outcome outcome, Instant when, String note) {
        for (int i = completions.size() - 1; i >= 0; i--) {
            Requests.Completion request = completions.get(i);
            if (request.outcome() == Requests.Outcome.PENDING) {
                completions.set(i, new Requests.Completion(request.unitId(), request.note(), request.requestedAt(),
                        outcome, when, note));
                return;
            }
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    public TaskHistory history() {
        return history;
    }

    /** The instant this view of the task is for. */
    public Instant at() {
        return at;
    }

    public String taskId() {
        return history.taskId();
    }

    public String planId() {
        return history.planId();
    }

    public String parentId() {
        return history.created().event().parentId();
    }

    public String code() {
        return history.created().event().code();
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public String timelineText() {
        return timelineText;
    }

    public ReportingCadence cadence() {
        return history.created().event().reportingCadence();
    }

    public List<LeaderLine> leaders() {
        List<LeaderLine> leaders = history.created().event().leaders();
        return leaders == null ? List.of() : leaders;
    }

    public Instant createdAt() {
        return history.created().recordedAt();
    }

    public List<String> leadUnitIds() {
        return leadUnitIds;
    }

    /**
     * When the unit became a lead unit of the task, for its present term as one: the task's creation, or the
     * reassignment that named it (a unit taken off and named again starts anew); null when it is no lead unit.
     */
    public Instant leadSince(String unitId) {
        return leadSince.get(unitId);
    }

    /** When the ledger recorded the approval of its completion (CompletionApproved); null when not completed. */
    public Instant completedAt() {
        return status == TaskStatus.COMPLETED ? statusSince : null;
    }

    public List<String> coUnitIds() {
        return coUnitIds;
    }

    public TaskStatus status() {
        return status;
    }

    public Instant statusSince() {
        return statusSince;
    }

    /** The sequence number of its latest event by then: the task's version, as tasks-service counts it. */
    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** No task had been created under it by then. */
    public boolean leaf() {
        return !history.hasChildBy(at);
    }

    public Collection<MilestoneAt> milestones() {
        return milestones.values();
    }

    public Collection<TargetAt> targets() {
        return targets.values();
    }

    /** Every report and correction, in the order they were filed. */
    public Collection<Filing> filings() {
        return filings.values();
    }

    /** The unit's report in force that the ledger recorded last; null when it filed none. */
    public Filing latestFiling(String unitId) {
        Filing latest = null;
        for (Filing filing : filings.values()) {
            if (filing.unitId().equals(unitId) && filing.inForce()
                    && (latest == null || !filing.recordedAt().isBefore(latest.recordedAt()))) {
                latest = filing;
            }
        }
        return latest;
    }

    /** The latest acceptance or return of the report or correction; null while none was recorded. */
    public Review review(String reportId) {
        return reviews.get(reportId);
    }

    /** Every report returned (退回) by then, in the order they were returned. */
    public List<ReportReturn> returns() {
        return returns;
    }

    public List<Requests.Completion> completionRequests() {
        return completions;
    }

    public Collection<Requests.Extension> extensionRequests() {
        return extensions.values();
    }

    public List<Requests.Urge> urges() {
        return urges;
    }

    /** Every target's allocation tree, for the standings. */
    public List<List<Allocation>> shares() {
        return targets.values().stream().map(TargetAt::allocations).toList();
    }
}
