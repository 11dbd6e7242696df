package duban.view.acknowledgement;

import duban.events.task.TaskAcknowledged;
import duban.events.task.TaskCreated;
import duban.events.task.TaskEvent;
import duban.events.task.UnitsReassigned;
import duban.rules.acknowledgement.AssignmentTimeline;
import duban.rules.status.TaskStatus;
import duban.view.history.Recorded;
import duban.view.history.TaskHistory;
import java.time.Instant;

/** A task's assignments from its events recorded by an instant, in the task's order. */
final class AssignmentHistory {

    private AssignmentHistory() {
    }

    static AssignmentTimeline of(TaskHistory history, Instant at) {
        AssignmentTimeline timeline = new AssignmentTimeline();
        TaskStatus status = TaskStatus.initial();
        for (Recorded<? extends TaskEvent> recorded : history.events()) {
            if (!recorded.recordedBy(at)) {
                continue;
            }
            TaskEvent event = recorded.event();
            Instant when = recorded.recordedAt();
            if (event instanceof TaskCreated created) {
                timeline.assigned(when, created.leadUnitIds(), created.coUnitIds());
            } else if (event instanceof UnitsReassigned reassigned) {
                timeline.assigned(when, reassigned.leadUnitIds(), reassigned.coUnitIds());
            } else if (event instanceof TaskAcknowledged acknowledged) {
                timeline.acknowledged(when, acknowledged.unitId(), acknowledged.note());
            }
            status = status.after(event);
            if (status.closed()) {
                timeline.closed(when);
            }
        }
        return timeline;
    }
}
