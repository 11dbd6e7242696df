package duban.rules.rag;

import java.math.BigDecimal;

/**
 * The thresholds of the colours.
 *
 * @param dueSoonDays       a milestone due within this many days makes YELLOW (default 3)
 * @param behindPoints      a target behind its linear schedule by more than this many percentage points makes
 *                          YELLOW (default 20)
 * @param missedRunForRed   this many periods missed in a row, the latest ones, make RED (default 2); one makes YELLOW
 */
public record RagThresholds(int dueSoonDays, BigDecimal behindPoints, int missedRunForRed) {

    public static final RagThresholds DEFAULTS = new RagThresholds(3, new BigDecimal("20"), 2);

    public RagThresholds {
        if (dueSoonDays < 0 || missedRunForRed < 1 || behindPoints == null || behindPoints.signum() < 0) {
            throw new IllegalArgumentException("thresholds must not be negative and the run at least 1");
        }
    }
}
