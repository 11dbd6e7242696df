package duban.view.slice;

import duban.events.task.Allocation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A target (目标) as last set, with its allocation tree (目标分解). */
public record TargetAt(String targetId, String description, String measureWord, BigDecimal total,
                       List<Allocation> allocations, String partOfTargetId, List<String> warnings, Instant setAt) {

    public TargetAt {
        allocations = List.copyOf(allocations);
        warnings = List.copyOf(warnings);
    }
}
