package duban.workbook;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One unit's share of a {@link Quota}: "2家", a range "1-2家", or a soft share "谋划1家".
 *
 * @param min  the quantity, or the low end of a range
 * @param max  equal to {@code min} unless a range
 * @param soft 谋划 / 力争: counted but not owed
 * @param each the name is a unit group and every member holds the share (各完成5项), shown as "各5"
 */
public record Allocation(BigDecimal min, BigDecimal max, boolean soft, boolean each) {

    public Allocation(BigDecimal min, BigDecimal max, boolean soft) {
        this(min, max, soft, false);
    }

    public Allocation {
        min = Quantities.normalize(Objects.requireNonNull(min, "min"));
        max = Quantities.normalize(Objects.requireNonNull(max, "max"));
        if (min.signum() < 0 || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("a share needs 0 <= min <= max: " + min + "-" + max);
        }
    }

    public static Allocation of(long quantity) {
        return new Allocation(BigDecimal.valueOf(quantity), BigDecimal.valueOf(quantity), false);
    }

    public static Allocation range(long min, long max) {
        return new Allocation(BigDecimal.valueOf(min), BigDecimal.valueOf(max), false);
    }

    public Allocation asSoft() {
        return new Allocation(min, max, true, each);
    }

    public Allocation asEach() {
        return new Allocation(min, max, soft, true);
    }

    public boolean isRange() {
        return min.compareTo(max) != 0;
    }
}
