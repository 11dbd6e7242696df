package duban.tasks.task.domain;

import duban.events.task.Allocation;
import duban.tasks.domain.rule.Violation;
import duban.tasks.task.port.GroupMembers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a target's breakdown (目标分解) and tells where it does not add up. A group share marked
 * {@code each} (各完成5项) counts once per member, so groups are expanded through {@link GroupMembers}
 * as the directory defines them at the time of the check. Soft shares (谋划) stand outside the total:
 * the notices add them after the firm shares ("30家,其中:…自创区外9家(…),原阳县、封丘县各谋划1家" sums
 * to 30 without the two 谋划), so they are neither counted nor owed.
 */
final class AllocationCheck {

    private final GroupMembers groups;

    AllocationCheck(GroupMembers groups) {
        this.groups = groups;
    }

    /**
     * The tree in its recorded form ({@code max} defaulted to {@code min}, absent children to none),
     * refusing a malformed node or an unknown group.
     */
    List<Allocation> normalised(List<Allocation> roots) {
        List<Allocation> normalised = new ArrayList<>();
        if (roots != null) {
            for (Allocation node : roots) {
                normalised.add(normalised(node));
            }
        }
        return List.copyOf(normalised);
    }

    /** Where the breakdown does not add up, one sentence each; empty when it does. */
    List<String> mismatches(BigDecimal total, String measureWord, List<Allocation> roots) {
        List<String> found = new ArrayList<>();
        if (!roots.isEmpty()) {
            Quantity sum = sum(roots);
            if (!sum.contains(total)) {
                found.add("the shares add up to " + sum + measureWord + ", the total is "
                        + new Quantity(total, total) + measureWord);
            }
        }
        for (Allocation node : Allocations.flatten(roots)) {
            if (!node.children().isEmpty()) {
                Quantity share = contribution(node);
                Quantity breakdown = sum(node.children());
                if (!share.overlaps(breakdown)) {
                    found.add("the breakdown of " + holder(node) + "'s " + share + measureWord + " adds up to "
                            + breakdown + measureWord);
                }
            }
        }
        return found;
    }

    private Allocation normalised(Allocation node) {
        boolean byUnit = node.unitId() != null && !node.unitId().isBlank();
        boolean byGroup = node.groupId() != null && !node.groupId().isBlank();
        if (byUnit == byGroup) {
            throw Violation.INVALID_ALLOCATION.because("a share is held by exactly one unit or one group");
        }
        if (node.each() && !byGroup) {
            throw Violation.INVALID_ALLOCATION.because("only a group share can be held by each member");
        }
        if (byGroup && groups.membersOf(node.groupId()).isEmpty()) {
            throw Violation.UNKNOWN_UNIT_GROUP.because("no unit group " + node.groupId() + " is defined");
        }
        BigDecimal min = node.min();
        BigDecimal max = node.max() == null ? min : node.max();
        if (min == null || min.signum() < 0 || max.compareTo(min) < 0) {
            throw Violation.INVALID_ALLOCATION.because("the share of " + holder(node)
                    + " needs a quantity of at least 0, and a range's high end at least its low end");
        }
        return new Allocation(node.unitId(), node.groupId(), node.each(), min, max, node.soft(),
                normalised(node.children()));
    }

    private Quantity sum(List<Allocation> nodes) {
        Quantity sum = Quantity.ZERO;
        for (Allocation node : nodes) {
            if (!node.soft()) {
                sum = sum.plus(contribution(node));
            }
        }
        return sum;
    }

    private Quantity contribution(Allocation node) {
        Quantity share = new Quantity(node.min(), node.max());
        if (!node.each()) {
            return share;
        }
        int members = groups.membersOf(node.groupId()).map(List::size).orElse(0);
        return share.times(members);
    }

    private static String holder(Allocation node) {
        return node.unitId() != null ? node.unitId() : node.groupId();
    }
}
