package duban.workbook;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share as the quota sheet shows it: "2", "1-2" (a range), "谋划1" or "谋划1-2" (soft). 谋划 is the word the
 * notices use for a soft share, so the cell reads as the notice does.
 */
final class AllocationCodec {

    static final String SOFT_MARK = "谋划";
    private static final Pattern SHARE =
            Pattern.compile("(" + SOFT_MARK + ")?\\s*(\\d+(?:\\.\\d+)?)\\s*(?:[-~～—]\\s*(\\d+(?:\\.\\d+)?))?");

    private AllocationCodec() {
    }

    static String format(Allocation share) {
        String quantity = share.isRange()
                ? share.min().toPlainString() + "-" + share.max().toPlainString()
                : share.min().toPlainString();
        return share.soft() ? SOFT_MARK + quantity : quantity;
    }

    /** @throws IllegalArgumentException naming what is wrong, for the reader to place */
    static Allocation parse(String cell) {
        Matcher matcher = SHARE.matcher(cell.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "a share must read like 2, 1-2 or " + SOFT_MARK + "1, not '" + cell + "'");
        }
        BigDecimal min = new BigDecimal(matcher.group(2));
        BigDecimal max = matcher.group(3) == null ? min : new BigDecimal(matcher.group(3));
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("a range must run low to high, not '" + cell + "'");
        }
        return new Allocation(min, max, matcher.group(1) != null);
    }
}
