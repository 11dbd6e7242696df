package duban.tasks.notice.assembly;

import duban.tasks.notice.diagnostics.Warnings;
import duban.tasks.notice.model.Allocation;
import duban.tasks.notice.model.Quantity;
import duban.tasks.notice.model.Target;
import duban.tasks.notice.model.WarningCode;
import duban.tasks.notice.units.GroupResolution;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a task's targets once groups have members: firm shares add up to their total (each-shares of a group
 * count once per member: 其他县(市)、区各完成5项 is 9×5), a finer breakdown adds up to its share, listed members
 * belong to their group, a part (其中…) is no larger than its whole. Soft shares (谋划) are outside the total.
 */
final class TargetChecker {

    private final GroupResolution groups;
    private final Warnings warnings;

    TargetChecker(GroupResolution groups, Warnings warnings) {
        this.groups = groups;
        this.warnings = warnings;
    }

    void check(List<Target> targets) {
        for (Target target : targets) {
            if (target.total() != null) {
                checkSum(target.total(), target.allocations(), target.measureWord(), target.line(), target.description());
            }
            target.allocations().forEach(a -> checkChildren(a, target));
            if (target.partOf() != null) {
                Target whole = targets.get(target.partOf());
                if (whole.total() != null && target.total().min().compareTo(whole.total().max()) > 0) {
                    warnings.add(target.line(), WarningCode.PART_EXCEEDS_TOTAL, "the part (" + target.total()
                            + ") is larger than the whole (" + whole.total() + ")", target.description());
                }
            }
        }
    }

    private void checkChildren(Allocation share, Target target) {
        if (share.children().isEmpty()) {
            return;
        }
        checkSum(share.quantity(), share.children(), target.measureWord(), target.line(), target.description());
        if (share.group() != null) {
            List<String> members = groups.members(share.group());
            for (Allocation child : share.children()) {
                if (child.unit() != null && !members.contains(child.unit())) {
                    warnings.add(target.line(), WarningCode.ALLOCATION_NOT_IN_GROUP,
                            child.unit() + " is listed under " + share.group() + " but is not one of its members",
                            target.description());
                }
            }
        }
        share.children().forEach(child -> checkChildren(child, target));
    }

    private void checkSum(Quantity total, List<Allocation> shares, String measure, int line, String description) {
        Quantity sum = Quantity.exactly(0);
        List<String> terms = new ArrayList<>();
        for (Allocation share : shares) {
            if (share.soft()) {
                continue;
            }
            if (share.group() != null && share.each()) {
                int members = groups.size(share.group());
                sum = sum.plus(share.quantity().times(members));
                terms.add(members + "×" + share.quantity());
            } else {
                sum = sum.plus(share.quantity());
                terms.add(share.quantity().toString());
            }
        }
        if (!terms.isEmpty() && !sum.overlaps(total)) {
            warnings.add(line, WarningCode.ALLOCATION_SUM_MISMATCH, "the shares add up to " + sum + measure + " ("
                    + String.join(" + ", terms) + "), the total is " + total + measure, description);
        }
    }
}
