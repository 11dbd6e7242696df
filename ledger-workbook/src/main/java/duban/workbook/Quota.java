package duban.workbook;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A target broken down by unit (目标分解): "新培育高新技术企业30家,其中:红旗区2家、…".
 *
 * @param taskCode    the task the target belongs to ({@link LedgerRow#taskCode()})
 * @param description what is counted ("新培育高新技术企业")
 * @param measureWord the measure word (量词) of the count: 家, 个, 项, 场次
 * @param total       the target's total, or null when the notice gives none
 * @param allocations unit name → share, in the notice's order; a name may be a unit group (自创区外) when the
 *                    notice gives a group subtotal — the importer decides what a name denotes
 * @param parents     holder → the holder whose share it is part of (卫辉市 → 自创区外), for shares nested in a
 *                    group's share; empty when the breakdown is flat or the workbook does not say
 */
public record Quota(
        String taskCode,
        String description,
        String measureWord,
        BigDecimal total,
        Map<String, Allocation> allocations,
        Map<String, String> parents) {

    public Quota(String taskCode, String description, String measureWord, BigDecimal total,
                 Map<String, Allocation> allocations) {
        this(taskCode, description, measureWord, total, allocations, Map.of());
    }

    public Quota {
        taskCode = Text.orEmpty(taskCode);
        description = Text.orEmpty(description);
        measureWord = Text.orEmpty(measureWord);
        total = total == null ? null : Quantities.normalize(total);
        Map<String, Allocation> copy = new LinkedHashMap<>();
        if (allocations != null) {
            allocations.forEach((unit, share) -> copy.put(Objects.requireNonNull(unit), Objects.requireNonNull(share)));
        }
        UnitNames.requireOneLine(copy.keySet().stream().toList());
        // Keeps the notice's order for display; equality of maps ignores it, which the round trip relies on.
        allocations = Collections.unmodifiableMap(copy);
        Map<String, String> parentCopy = new LinkedHashMap<>();
        if (parents != null) {
            parents.forEach((child, parent) -> {
                if (!copy.containsKey(child) || !copy.containsKey(parent)) {
                    throw new IllegalArgumentException("a nested share needs both holders among the allocations: "
                            + child + " in " + parent);
                }
                parentCopy.put(child, parent);
            });
        }
        parents = Collections.unmodifiableMap(parentCopy);
    }

    /** The same target with its nesting. */
    public Quota withParents(Map<String, String> nesting) {
        return new Quota(taskCode, description, measureWord, total, allocations, nesting);
    }
}
