package duban.reporting.bulletin;

import duban.events.unit.UnitCategory;
import duban.rules.assessment.AssessmentScore;
import duban.rules.bulletin.BulletinMonth;
import duban.rules.bulletin.UnitMonth;
import duban.rules.completion.CompletionFigures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A plan's month as worked out once, from which the bulletin and the assessment are both made.
 *
 * @param units every unit on the plan's tasks, in the bulletin's order
 */
record MonthFigures(String planId, String planTitle, String docNumber, BulletinMonth month, Instant readAt,
                    boolean provisional, Bulletin.Summary summary, List<UnitFigures> units) {

    /**
     * One unit's month.
     *
     * @param attainments its assessed shares' attainment, each as computed (not capped)
     * @param attainment  their mean, each capped at 1; null when there are none
     * @param rank        within its category; null when not scored
     * @param returned    its reports returned (退回) in the month
     * @param acknowledgementsOverdue 领办逾期 the month counts (overdue at the cut-off, or acknowledged late in it)
     * @param completion  over the leaf tasks it leads
     */
    record UnitFigures(String unitId, String unitName, UnitCategory category, UnitMonth month,
                       List<BigDecimal> attainments, BigDecimal attainment, AssessmentScore score, Integer rank,
                       int rankedIn, int returned, int acknowledgementsOverdue, CompletionFigures completion) {
    }
}
