package duban.rules.attainment;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One share of a target with what has been achieved against it.
 *
 * @param unitId     the holding unit, or null when a group holds it
 * @param groupId    the holding group, or null
 * @param each       each member of the group holds {@code min..max} (各完成5项)
 * @param min        the share, or the low end of a range; for {@code each}, every member's
 * @param max        the high end of a range (equal to {@code min} otherwise)
 * @param soft       谋划 / 力争: shown, never assessed
 * @param members    the group's member units with each one's latest count, in the directory's order (empty for a
 *                   unit's share)
 * @param allocation what is owed in all: {@code min}, times the members for {@code each}
 * @param achieved   the holder's latest cumulative count, for a group the sum of its members'
 * @param attainment achieved / allocation, four decimals, not capped; null when nothing is owed
 * @param children   its finer breakdown
 */
public record QuotaNode(String unitId, String groupId, boolean each, BigDecimal min, BigDecimal max, boolean soft,
                        Map<String, BigDecimal> members, BigDecimal allocation, BigDecimal achieved, BigDecimal attainment,
                        List<QuotaNode> children) {

    public QuotaNode {
        members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        children = List.copyOf(children);
    }

    /** The unit or group holding the share. */
    public String holder() {
        return unitId != null ? unitId : groupId;
    }
}
