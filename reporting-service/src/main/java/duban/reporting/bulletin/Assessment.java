package duban.reporting.bulletin;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan's assessment (考评) for one month: each unit's score with the breakdown that makes it. */
@Schema(name = "Assessment", description = "考评: each unit's score for the month and why")
public record Assessment(String planId, @Schema(example = "2017-11") String month, Instant readAt,
                         boolean provisional, Bulletin.Weights weights, List<UnitScore> units) {

    /** A unit's score, rank within its category and the components that make it. */
    @Schema(name = "AssessmentUnit")
    public record UnitScore(String unitId, String unitName, String category, BigDecimal score, Integer rank,
                            int rankedIn, List<Part> components) {
    }

    /**
     * One component.
     *
     * @param effectiveWeight after components with nothing owed passed their weight on (0 for such a component)
     * @param rate            0 to 1; null when nothing was owed
     * @param basis           what the rate is made of, for people: 3/4 on time
     */
    @Schema(name = "AssessmentComponent")
    public record Part(@Schema(enumeration = {"REPORTS", "MILESTONES", "TARGETS"}) String component, BigDecimal weight,
                       BigDecimal effectiveWeight, BigDecimal rate, BigDecimal points, String basis) {
    }
}
