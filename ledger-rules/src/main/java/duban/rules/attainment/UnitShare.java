package duban.rules.attainment;

import java.math.BigDecimal;

/**
 * What one unit owes of one target and how far it has got.
 *
 * @param viaGroup   the group through which it holds the share, null for a share of its own
 * @param allocation what it owes (for a group share not held by each member: the group's whole share, which the
 *                   members answer for together)
 * @param achieved   for its own share or each member's, its latest count; for a group's, the group's sum
 * @param attainment achieved / allocation, four decimals, not capped; null when nothing is owed
 */
public record UnitShare(String targetId, String unitId, String viaGroup, BigDecimal allocation, BigDecimal achieved,
                        BigDecimal attainment, boolean soft) {
}
