package duban.tasks.task.query;

import duban.events.task.CompletionApproved;
import duban.events.task.CompletionRejected;
import duban.events.task.CompletionRequested;
import duban.events.task.ExtensionDenied;
import duban.events.task.ExtensionGranted;
import duban.events.task.ExtensionRequested;
import duban.events.task.TaskUrged;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What units asked of the supervisors (办结, 延期) and how it was decided, and the supervisors' urges (催办). */
final class RequestsFold {

    private static final String PENDING = "PENDING";

    private final List<TaskView.CompletionRequest> completions = new ArrayList<>();
    private final Map<String, TaskView.ExtensionRequest> extensions = new LinkedHashMap<>();
    private final List<TaskView.Urge> urges = new ArrayList<>();

    void completionRequested(CompletionRequested e, Instant at) {
        completions.add(new TaskView.CompletionRequest(e.unitId(), e.note(), at, PENDING, null, null, List.of()));
    }

    void completionApproved(CompletionApproved e, Instant at) {
        decideCompletion("APPROVED", at, e.note(), e.waivedMilestoneIds() == null ? List.of() : e.waivedMilestoneIds());
    }

    void completionRejected(CompletionRejected e, Instant at) {
        decideCompletion("REJECTED", at, e.reason(), List.of());
    }

    private void decideCompletion(String outcome, Instant at, String decision, List<String> waived) {
        int last = completions.size() - 1;
        if (last >= 0 && PENDING.equals(completions.get(last).outcome())) {
            TaskView.CompletionRequest pending = completions.get(last);
            completions.set(last, new TaskView.CompletionRequest(pending.unitId(), pending.note(), pending.requestedAt(),
                    outcome, at, decision, waived));
        }
    }

    void extensionRequested(ExtensionRequested e, Instant at) {
        extensions.put(e.requestId(), new TaskView.ExtensionRequest(e.requestId(), e.milestoneId(), e.unitId(),
                e.requestedDueOn(), e.reason(), at, PENDING, null, null, null));
    }

    void extensionGranted(ExtensionGranted e, Instant at) {
        extensions.computeIfPresent(e.requestId(), (id, r) -> new TaskView.ExtensionRequest(id, r.milestoneId(),
                r.unitId(), r.requestedDueOn(), r.reason(), r.requestedAt(), "GRANTED", at, e.dueOn(), e.note()));
    }

    void extensionDenied(ExtensionDenied e, Instant at) {
        extensions.computeIfPresent(e.requestId(), (id, r) -> new TaskView.ExtensionRequest(id, r.milestoneId(),
                r.unitId(), r.requestedDueOn(), r.reason(), r.requestedAt(), "DENIED", at, null, e.reason()));
    }

    void urged(TaskUrged e, Instant at) {
        urges.add(new TaskView.Urge(e.unitIds(), e.message(), at));
    }

    List<TaskView.CompletionRequest> completions() {
        return List.copyOf(completions);
    }

    List<TaskView.ExtensionRequest> extensions() {
        return List.copyOf(extensions.values());
    }

    List<TaskView.Urge> urges() {
        return List.copyOf(urges);
    }
}
