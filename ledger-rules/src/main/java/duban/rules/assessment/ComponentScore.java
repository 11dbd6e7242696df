package duban.rules.assessment;

import java.math.BigDecimal;

/**
 * One component of a score, so that a unit can see why it got it.
 *
 * @param weight          as configured
 * @param effectiveWeight after components with nothing owed passed theirs on (0 for such a component)
 * @param rate            0 to 1, four decimals; null when nothing was owed
 * @param points          effectiveWeight × rate, two decimals
 */
public record ComponentScore(Component component, BigDecimal weight, BigDecimal effectiveWeight, BigDecimal rate,
                             BigDecimal points) {
}
