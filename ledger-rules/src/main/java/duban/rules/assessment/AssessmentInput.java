package duban.rules.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's month as the score needs it.
 *
 * @param reportsOwed     periods whose deadline fell in the month and that the unit owed
 * @param reportsOnTime   of those, filed by the deadline
 * @param milestonesDue   milestones binding the unit that fell due in the month
 * @param milestonesMet   of those, completed by their due date
 * @param attainments     the attainment of each share the unit answers for and that is assessed (soft shares and
 *                        shares owing nothing left out), not capped
 */
public record AssessmentInput(int reportsOwed, int reportsOnTime, int milestonesDue, int milestonesMet,
                              List<BigDecimal> attainments) {

    public AssessmentInput {
        if (reportsOnTime < 0 || reportsOnTime > reportsOwed || milestonesMet < 0 || milestonesMet > milestonesDue) {
            throw new IllegalArgumentException("met counts lie between 0 and what is owed");
        }
        attainments = List.copyOf(attainments);
    }
}
