package duban.tasks.task.command;

import duban.events.task.Allocation;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Set (or replace) a numeric target (目标) and its breakdown (目标分解).
 *
 * @param expectedVersion the task version the client saw (If-Match); null skips the check
 * @param measureWord     家, 个, 项, 次, 场
 * @param allocations     the breakdown per unit or group, possibly nested; a node's {@code max} may be
 *                        null for a single quantity, its {@code children} null for none
 * @param acceptMismatch  the supervisor confirms that the breakdown does not add up because the notice
 *                        itself does not (it is recorded as written, with warnings); false refuses a
 *                        mismatch, which is then most likely a typing error
 * @param partOfTargetId  another target of this task, set before, that this one is a part of
 *                        (19家,其中…6家); null when it stands alone
 */
public record SetTarget(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        String targetId,
        String description,
        String measureWord,
        BigDecimal total,
        List<Allocation> allocations,
        List<String> namedItems,
        boolean acceptMismatch,
        String partOfTargetId) {

    /** A target that stands alone. */
    public SetTarget(String taskId, Long expectedVersion, String targetId, String description, String measureWord,
                     BigDecimal total, List<Allocation> allocations, List<String> namedItems, boolean acceptMismatch) {
        this(taskId, expectedVersion, targetId, description, measureWord, total, allocations, namedItems,
                acceptMismatch, null);
    }
}
