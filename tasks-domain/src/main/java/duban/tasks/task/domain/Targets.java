package duban.tasks.task.domain;

import duban.events.task.Allocation;
import duban.events.task.TargetSet;
import duban.tasks.domain.rule.Violation;
import duban.tasks.domain.snapshot.SnapshotState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The task's targets (目标) as far as rules need them: which exist and who holds a share. */
@SnapshotState
final class Targets {

    private final Map<String, List<Allocation>> allocationsByTarget = new LinkedHashMap<>();
    /** Target id → the target it is a part of (19家,其中…6家); only targets that are a part appear. */
    private final Map<String, String> partOf = new LinkedHashMap<>();

    void set(TargetSet event) {
        allocationsByTarget.put(event.targetId(),
                event.allocations() == null ? List.of() : new ArrayList<>(event.allocations()));
        if (event.partOfTargetId() == null) {
            partOf.remove(event.targetId());
        } else {
            partOf.put(event.targetId(), event.partOfTargetId());
        }
    }

    /**
     * A target can only be part of another target of this task, set before; and never, through a chain of such
     * relations, part of itself (a part is smaller than its whole).
     */
    void requirePartOf(String targetId, String wholeId) {
        if (wholeId == null) {
            return;
        }
        if (wholeId.equals(targetId)) {
            throw Violation.INVALID_PART_OF.because("target " + targetId + " cannot be a part of itself");
        }
        if (!contains(wholeId)) {
            throw Violation.INVALID_PART_OF.because("target " + targetId + " is said to be a part of " + wholeId
                    + ", which the task does not have (set the whole first)");
        }
        for (String whole = wholeId; whole != null; whole = partOf.get(whole)) {
            if (whole.equals(targetId)) {
                throw Violation.INVALID_PART_OF.because("target " + wholeId + " is itself a part of " + targetId);
            }
        }
    }

    boolean contains(String targetId) {
        return allocationsByTarget.containsKey(targetId);
    }

    void requireKnown(String targetId) {
        if (!contains(targetId)) {
            throw Violation.UNKNOWN_TARGET.because("the task has no target " + targetId);
        }
    }

    /** Every target's allocation tree, for the ledger rules that decide who holds a share. */
    Collection<List<Allocation>> allocations() {
        return allocationsByTarget.values();
    }
}
