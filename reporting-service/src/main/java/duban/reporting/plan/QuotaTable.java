package duban.reporting.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan's quota table (目标分解表): unit × target, allocation, achieved, attainment. */
@Schema(name = "QuotaTable", description = "A plan's shares of targets, unit by unit, and how far each has got")
public record QuotaTable(String planId, Instant asOf, List<Row> rows) {

    /**
     * A unit's share of a target.
     *
     * @param viaGroup   the group through which the unit holds it; null for a share of its own
     * @param attainment achieved / allocation (1 = 100 %), not capped; null when nothing is owed
     */
    @Schema(name = "QuotaRow")
    public record Row(String unitId, String unitName, String taskId, String code, String targetId,
                      String description, String measureWord, String viaGroup, String viaGroupPhrase,
                      BigDecimal allocation, BigDecimal achieved, BigDecimal attainment, boolean soft) {
    }
}
