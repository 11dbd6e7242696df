package duban.tasks.task.query;

import duban.events.task.TaskAcknowledged;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The assignments of a task's lead and co-responsible units and their acknowledgements (签收). An assignment begins
 * when a unit is put on the task as lead or co-responsible (its creation, or a reassignment naming a unit that was
 * not on it) and lasts while it stays either of the two, as the Task aggregate counts it.
 */
final class AcknowledgementsFold {

    private record Acknowledged(String unitId, String note, Instant acknowledgedAt, Instant assignedAt) {
    }

    /** The units on the task now, with when their assignment began, in the order they were named. */
    private final Map<String, Instant> assignedAt = new LinkedHashMap<>();
    private final List<Acknowledged> acknowledged = new ArrayList<>();

    void assigned(List<String> leadUnitIds, List<String> coUnitIds, Instant recordedAt) {
        Set<String> now = new LinkedHashSet<>(orEmpty(leadUnitIds));
        now.addAll(orEmpty(coUnitIds));
        assignedAt.keySet().retainAll(now);
        now.forEach(unitId -> assignedAt.putIfAbsent(unitId, recordedAt));
    }

    void acknowledged(TaskAcknowledged e, Instant recordedAt) {
        acknowledged.add(new Acknowledged(e.unitId(), e.note(), recordedAt, assignedAt.get(e.unitId())));
    }

    List<TaskView.Acknowledgement> view() {
        return acknowledged.stream().map(a -> new TaskView.Acknowledgement(a.unitId(), a.note(), a.acknowledgedAt(),
                a.assignedAt(), current(a))).toList();
    }

    /** The units on the task now whose current assignment has no acknowledgement. */
    List<String> unacknowledged() {
        return assignedAt.keySet().stream()
                .filter(unitId -> acknowledged.stream().noneMatch(a -> a.unitId().equals(unitId) && current(a)))
                .toList();
    }

    private boolean current(Acknowledged a) {
        return a.assignedAt() != null && Objects.equals(assignedAt.get(a.unitId()), a.assignedAt());
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
