package duban.rules.rag;

import java.math.BigDecimal;

/**
 * How far a share of a target has got against where a linear schedule says it should be.
 *
 * @param holder     the unit or group holding the share
 * @param attainment achieved / allocation (1 = 100 %), null when it cannot be computed
 * @param expected   the fraction a linear schedule expects by now (see {@link LinearPace})
 * @param soft       a soft share (谋划, 力争): shown but never makes a colour
 */
public record TargetPace(String targetId, String holder, BigDecimal attainment, BigDecimal expected, boolean soft) {
}
