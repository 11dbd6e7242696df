package duban.workbook;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share as the quota sheet shows it: "2", "1-2" (a range), "谋划1" or "谋划1-2" (soft), "各5" (every member of
 * the group named in column A holds 5). 谋划 and 各 are the words the notices use, so the cell reads as the
 * notice does.
 */
final class AllocationCodec {

    static final String SOFT_MARK = "谋划";
    static final String EACH_MARK = "各";
    private static final Pattern SHARE = Pattern.compile("(" + SOFT_MARK + ")?\\s*(" + EACH_MARK
            + ")?\\s*(\\d+(?:\\.\\d+)?)\\s*(?:[-~～—]\\s*(\\d+(?:\\.\\d+)?))?");

    private AllocationCodec() {
    }

    static String format(Allocation share) {
        String quantity = share.isRange()
                ? share.min().toPlainString() + "-" + share.max().toPlainString()
                : share.min().toPlainString();
        String each = share.each() ? EACH_MARK + quantity : quantity;
        return share.soft() ? SOFT_MARK + each : each;
    }

    /** @throws IllegalArgumentException naming what is wrong, for the reader to place */
    static Allocation parse(String cell) {
        Matcher matcher = SHARE.matcher(cell.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "a share must read like 2, 1-2, " + SOFT_MARK + "1 or " + EACH_MARK + "5, not '" + cell + "'");
        }
        BigDecimal min = new BigDecimal(matcher.group(3));
        BigDecimal max = matcher.group(4) == null ? min : new BigDecimal(matcher.group(4));
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("a range must run low to high, not '" + cell + "'");
        }
        return new Allocation(min, max, matcher.group(1) != null, matcher.group(2) != null);
    }
}
