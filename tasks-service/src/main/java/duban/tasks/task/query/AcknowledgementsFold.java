package duban.tasks.task.query;

import duban.events.task.TaskAcknowledged;
import duban.rules.acknowledgement.Assignment;
import duban.rules.acknowledgement.AssignmentTimeline;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The assignments of a task's lead and co-responsible units and their acknowledgements (签收), as the ledger rules
 * count them ({@link AssignmentTimeline}): an assignment begins when a unit is put on the task as lead or
 * co-responsible and lasts while it stays either of the two.
 */
final class AcknowledgementsFold {

    private final AssignmentTimeline timeline = new AssignmentTimeline();

    void assigned(List<String> leadUnitIds, List<String> coUnitIds, Instant recordedAt) {
        timeline.assigned(recordedAt, leadUnitIds, coUnitIds);
    }

    void acknowledged(TaskAcknowledged e, Instant recordedAt) {
        timeline.acknowledged(recordedAt, e.unitId(), e.note());
    }

    /** Every acknowledgement, in the order given, with the assignment it was for and whether that one still runs. */
    List<TaskView.Acknowledgement> view() {
        return timeline.assignments().stream().filter(span -> span.acknowledgedAt() != null)
                .sorted(Comparator.comparing(Assignment::acknowledgedAt))
                .map(span -> new TaskView.Acknowledgement(span.unitId(), span.note(), span.acknowledgedAt(),
                        span.from(), span.running()))
                .toList();
    }

    /** The units on the task now whose current assignment has no acknowledgement. */
    List<String> unacknowledged() {
        return timeline.current().values().stream().filter(span -> span.acknowledgedAt() == null)
                .map(Assignment::unitId).toList();
    }
}
