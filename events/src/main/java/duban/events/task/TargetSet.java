package duban.events.task;

import duban.events.EventType;
import java.math.BigDecimal;
import java.util.List;

/**
 * A numeric target (目标 / 指标) with its breakdown (目标分解); setting it again replaces it.
 *
 * @param measureWord        the counting word of the notice: 家, 个, 项, 次, 场
 * @param namedItems         things the notice names one by one (e.g. the enterprises to be cultivated)
 * @param allocationWarnings where the breakdown does not add up (groups expanded to their members at the
 *                           time), as the supervisor accepted it; empty or absent when it adds up. Added
 *                           after v1 was first published: optional, absent in older events.
 * @param partOfTargetId     the target of the same task this one is a part of ("新引进研发机构19家,其中高端新型研发
 *                           机构6家": the 6 are part of the 19); null when it stands alone. Added after v1 was
 *                           first published: optional, absent in older events.
 */
@EventType("duban.task.target-set.v1")
public record TargetSet(
        String taskId,
        String targetId,
        String description,
        String measureWord,
        BigDecimal total,
        List<Allocation> allocations,
        List<String> namedItems,
        List<String> allocationWarnings,
        String partOfTargetId) implements TaskEvent {

    /** A target that stands alone (or was set before part-of relations were recorded). */
    public TargetSet(String taskId, String targetId, String description, String measureWord, BigDecimal total,
                     List<Allocation> allocations, List<String> namedItems, List<String> allocationWarnings) {
        this(taskId, targetId, description, measureWord, total, allocations, namedItems, allocationWarnings, null);
    }

    /** A target whose breakdown adds up (or was set before warnings were recorded). */
    public TargetSet(String taskId, String targetId, String description, String measureWord, BigDecimal total,
                     List<Allocation> allocations, List<String> namedItems) {
        this(taskId, targetId, description, measureWord, total, allocations, namedItems, List.of());
    }
}
