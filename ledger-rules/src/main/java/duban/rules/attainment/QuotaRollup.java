package duban.rules.attainment;

import duban.events.task.Allocation;
import duban.rules.duty.GroupMembership;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evaluates a target's allocation tree against the units' latest cumulative counts. */
public final class QuotaRollup {

    private static final int SCALE = 4;

    private final Map<String, BigDecimal> latestCounts;
    private final GroupMembership groups;

    private QuotaRollup(Map<String, BigDecimal> latestCounts, GroupMembership groups) {
        this.latestCounts = latestCounts;
        this.groups = groups;
    }

    /**
     * @param total        the target's total as stated
     * @param roots        its allocation tree (empty when it has none)
     * @param latestCounts each unit's latest cumulative count for this target; a unit that has not reported is absent
     * @param groups       the directory's group members
     */
    public static TargetQuota evaluate(String targetId, BigDecimal total, List<Allocation> roots,
                                       Map<String, BigDecimal> latestCounts, GroupMembership groups) {
        QuotaRollup rollup = new QuotaRollup(latestCounts, groups);
        List<QuotaNode> shares = new ArrayList<>();
        for (Allocation root : roots == null ? List.<Allocation>of() : roots) {
            shares.add(rollup.node(root));
        }
        BigDecimal achieved = shares.isEmpty()
                ? latestCounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                : shares.stream().map(QuotaNode::achieved).reduce(BigDecimal.ZERO, BigDecimal::add);
        TargetQuota quota = new TargetQuota(targetId, total, achieved, ratio(achieved, total), shares);
        return quota;
    }

    private QuotaNode node(Allocation allocation) {
        List<QuotaNode> children = new ArrayList<>();
        for (Allocation child : allocation.children() == null ? List.<Allocation>of() : allocation.children()) {
            children.add(node(child));
        }
        BigDecimal min = allocation.min() == null ? BigDecimal.ZERO : allocation.min();
        BigDecimal max = allocation.max() == null ? min : allocation.max();
        if (allocation.unitId() != null) {
            BigDecimal achieved = count(allocation.unitId());
            return new QuotaNode(allocation.unitId(), null, false, min, max, allocation.soft(), Map.of(), min,
                    achieved, ratio(achieved, min), children);
        }
        Map<String, BigDecimal> members = new LinkedHashMap<>();
        groups.membersOf(allocation.groupId()).orElse(List.of()).forEach(member -> members.put(member, count(member)));
        // A group the directory does not know: its breakdown is all that says who holds it.
        BigDecimal achieved = (members.isEmpty() ? children.stream().map(QuotaNode::achieved) : members.values().stream())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal owed = allocation.each() ? min.multiply(BigDecimal.valueOf(members.size())) : min;
        return new QuotaNode(null, allocation.groupId(), allocation.each(), min, max, allocation.soft(), members, owed,
                achieved, ratio(achieved, owed), children);
    }

    private BigDecimal count(String unitId) {
        return latestCounts.getOrDefault(unitId, BigDecimal.ZERO);
    }

    /** achieved / owed to four decimals; null when nothing is owed. */
    static BigDecimal ratio(BigDecimal achieved, BigDecimal owed) {
        if (owed == null || owed.signum() == 0) {
            return null;
        }
        return achieved.divide(owed, SCALE, RoundingMode.HALF_UP);
    }
}
