package duban.events.task;

import java.math.BigDecimal;
import java.util.List;

/**
 * One share of a target (目标分解): a unit or a unit group with a quantity, possibly broken down further.
 * "自创区外9家(卫辉市1家、…)" is a group node of 9 with unit children.
 *
 * @param unitId   the unit holding the share, or null when a group holds it
 * @param groupId  the unit group holding the share (各县(市)、区), or null
 * @param each     true when every member of the group holds {@code min..max} (各完成5项)
 * @param min      the quantity, or the low end of a range (1-2家)
 * @param max      equal to {@code min} unless a range
 * @param soft     a soft share (谋划, 力争): counted but not assessed as owed
 * @param children a finer breakdown of this share, empty when none
 */
public record Allocation(
        String unitId,
        String groupId,
        boolean each,
        BigDecimal min,
        BigDecimal max,
        boolean soft,
        List<Allocation> children) {
}
