package duban.reporting.view;

import duban.rules.attainment.UnitShare;
import duban.view.slice.TargetAt;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a unit owes of one target (目标分解) and how far it has got.
 *
 * @param viaGroup   the group through which it holds the share; null for a share of its own
 * @param attainment achieved / allocation (1 = 100 %), not capped; null when nothing is owed
 */
@Schema(name = "ShareEntry", description = "A unit's share of a target and how far it has got")
public record ShareEntry(String targetId, @Schema(example = "新培育高新技术企业") String description,
                         @Schema(example = "家") String measureWord, String viaGroup, String viaGroupPhrase,
                         BigDecimal allocation, BigDecimal achieved, BigDecimal attainment, boolean soft) {

    public static ShareEntry of(TargetAt target, UnitShare share, String viaGroupPhrase) {
        return new ShareEntry(target.targetId(), target.description(), target.measureWord(), share.viaGroup(),
                viaGroupPhrase, share.allocation(), share.achieved(), share.attainment(), share.soft());
    }
}
