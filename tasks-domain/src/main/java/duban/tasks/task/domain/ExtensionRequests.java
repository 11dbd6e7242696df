package duban.tasks.task.domain;

import duban.tasks.domain.rule.Violation;
import duban.tasks.domain.snapshot.SnapshotState;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Extension requests (延期申请) on the task's milestones and whether they were decided. */
@SnapshotState
final class ExtensionRequests {

    /** A request as rules need it. */
    record Request(String milestoneId, LocalDate requestedDueOn, boolean decided) {
    }

    private final Map<String, Request> byId = new LinkedHashMap<>();

    boolean contains(String requestId) {
        return byId.containsKey(requestId);
    }

    boolean pendingFor(String milestoneId) {
        return byId.values().stream().anyMatch(request -> !request.decided() && request.milestoneId().equals(milestoneId));
    }

    Request requirePending(String requestId) {
        Request request = byId.get(requestId);
        if (request == null) {
            throw Violation.UNKNOWN_EXTENSION_REQUEST.because("the task has no extension request " + requestId);
        }
        if (request.decided()) {
            throw Violation.EXTENSION_DECIDED.because("extension request " + requestId + " was decided already");
        }
        return request;
    }

    void requested(String requestId, String milestoneId, LocalDate requestedDueOn) {
        byId.put(requestId, new Request(milestoneId, requestedDueOn, false));
    }

    void decided(String requestId) {
        byId.computeIfPresent(requestId, (id, request) -> new Request(request.milestoneId(), request.requestedDueOn(), true));
    }
}
