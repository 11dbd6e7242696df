package duban.tasks.notice.model;

import java.util.List;

/**
 * One share of a target. "自创区外9家(卫辉市1家、…)" is a group share of 9 with unit children.
 *
 * @param unit     canonical name of the unit holding the share, or null when a group holds it
 * @param group    key of the group holding the share, or null
 * @param each     every member of the group holds {@code quantity} (各完成5项)
 * @param quantity the share, possibly a range (1-2家)
 * @param soft     worded 谋划 / 力争: counted apart from the total
 * @param note     a remark the notice adds in brackets (高新区1个(科技成果转化基金)), else null
 * @param children a finer breakdown, empty when none
 */
public record Allocation(
        String unit,
        String group,
        boolean each,
        Quantity quantity,
        boolean soft,
        String note,
        List<Allocation> children) {

    public Allocation {
        children = List.copyOf(children);
    }
}
