package duban.rules.attainment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A target (目标) with its shares evaluated.
 *
 * @param total      the target as the notice states it (新培育高新技术企业30家 → 30)
 * @param achieved   the sum over its top-level shares; without shares, the sum of the reporting units' counts
 * @param attainment achieved / total, four decimals, not capped; null for a total of zero
 */
public record TargetQuota(String targetId, BigDecimal total, BigDecimal achieved, BigDecimal attainment,
                          List<QuotaNode> shares) {

    public TargetQuota {
        shares = List.copyOf(shares);
    }

    /** Every share {@code unitId} answers for: its own, each member's, and its groups' shares. */
    public List<UnitShare> sharesOf(String unitId) {
        List<UnitShare> owned = new ArrayList<>();
        collect(shares, unitId, owned);
        return owned;
    }

    private void collect(List<QuotaNode> nodes, String unitId, List<UnitShare> owned) {
        for (QuotaNode node : nodes) {
            if (unitId.equals(node.unitId())) {
                owned.add(new UnitShare(targetId, unitId, null, node.allocation(), node.achieved(), node.attainment(),
                        node.soft()));
            } else if (node.groupId() != null && node.members().containsKey(unitId)) {
                owned.add(node.each() ? eachMember(node, unitId)
                        : new UnitShare(targetId, unitId, node.groupId(), node.allocation(), node.achieved(),
                                node.attainment(), node.soft()));
            }
            collect(node.children(), unitId, owned);
        }
    }

    private UnitShare eachMember(QuotaNode node, String unitId) {
        BigDecimal own = node.members().get(unitId);
        return new UnitShare(targetId, unitId, node.groupId(), node.min(), own, QuotaRollup.ratio(own, node.min()),
                node.soft());
    }
}
