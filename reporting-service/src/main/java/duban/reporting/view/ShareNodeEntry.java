package duban.reporting.view;

import duban.rules.attainment.QuotaNode;
import duban.view.slice.LedgerAt;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A share of a target (目标分解) with what has been achieved against it, and its finer breakdown.
 *
 * @param members    for a group's share: each member's latest count
 * @param attainment achieved / allocation (1 = 100 %), not capped; null when nothing is owed
 */
@Schema(name = "ShareNode", description = "A share of a target, held by a unit or a group, and how far it has got")
public record ShareNodeEntry(String unitId, String groupId, @Schema(example = "自创区外") String holder, boolean each,
                             BigDecimal min, BigDecimal max, boolean soft, BigDecimal allocation, BigDecimal achieved,
                             BigDecimal attainment, List<MemberCount> members, List<ShareNodeEntry> children) {

    /** A group member's latest cumulative count. */
    @Schema(name = "ShareMemberCount")
    public record MemberCount(String unitId, String unitName, BigDecimal achieved) {
    }

    public static ShareNodeEntry of(QuotaNode node, LedgerAt ledger) {
        return new ShareNodeEntry(node.unitId(), node.groupId(), ledger.holderName(node.unitId(), node.groupId()),
                node.each(), node.min(), node.max(), node.soft(), node.allocation(), node.achieved(),
                node.attainment(),
                node.members().entrySet().stream()
                        .map(member -> new MemberCount(member.getKey(), ledger.unitName(member.getKey()),
                                member.getValue())).toList(),
                node.children().stream().map(child -> of(child, ledger)).toList());
    }
}
