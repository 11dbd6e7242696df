package duban.tasks.task.domain;

import duban.tasks.domain.rule.Violation;
import duban.tasks.domain.snapshot.SnapshotState;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The task's milestones (节点): due dates, who they bind, and whether they are done. */
@SnapshotState
final class Milestones {

    /** A milestone as rules need it. */
    record Milestone(LocalDate dueOn, List<String> responsibleUnitIds, boolean done) {

        Milestone movedTo(LocalDate newDueOn) {
            return new Milestone(newDueOn, responsibleUnitIds, done);
        }

        Milestone completed() {
            return new Milestone(dueOn, responsibleUnitIds, true);
        }
    }

    private final Map<String, Milestone> byId = new LinkedHashMap<>();

    boolean contains(String milestoneId) {
        return byId.containsKey(milestoneId);
    }

    Milestone require(String milestoneId) {
        Milestone milestone = byId.get(milestoneId);
        if (milestone == null) {
            throw Violation.UNKNOWN_MILESTONE.because("the task has no milestone " + milestoneId);
        }
        return milestone;
    }

    Milestone requireNotDone(String milestoneId) {
        Milestone milestone = require(milestoneId);
        if (milestone.done()) {
            throw Violation.MILESTONE_DONE.because("milestone " + milestoneId + " is done already");
        }
        return milestone;
    }

    void requireAllKnown(Collection<String> milestoneIds) {
        milestoneIds.forEach(this::require);
    }

    /** Milestones not done yet, in the order they were scheduled. */
    List<String> notDone() {
        return byId.entrySet().stream().filter(entry -> !entry.getValue().done()).map(Map.Entry::getKey).toList();
    }

    void schedule(String milestoneId, Milestone milestone) {
        byId.put(milestoneId, milestone);
    }

    void moveTo(String milestoneId, LocalDate dueOn) {
        byId.computeIfPresent(milestoneId, (id, milestone) -> milestone.movedTo(dueOn));
    }

    void complete(String milestoneId) {
        byId.computeIfPresent(milestoneId, (id, milestone) -> milestone.completed());
    }
}
