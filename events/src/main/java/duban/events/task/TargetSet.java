package duban.events.task;

import duban.events.EventType;
import java.math.BigDecimal;
import java.util.List;

/**
 * A numeric target (目标 / 指标) with its breakdown (目标分解); setting it again replaces it.
 *
 * @param measureWord the counting word of the notice: 家, 个, 项, 次, 场
 * @param namedItems  things the notice names one by one (e.g. the enterprises to be cultivated)
 */
@EventType("duban.task.target-set.v1")
public record TargetSet(
        String taskId,
        String targetId,
        String description,
        String measureWord,
        BigDecimal total,
        List<Allocation> allocations,
        List<String> namedItems) implements TaskEvent {
}
