package duban.tasks.notice.model;

import java.math.BigDecimal;

/**
 * A count, or a range of counts (1-2家): {@code min == max} unless a range.
 */
public record Quantity(BigDecimal min, BigDecimal max) {

    public static Quantity exactly(long value) {
        BigDecimal decimal = BigDecimal.valueOf(value);
        return new Quantity(decimal, decimal);
    }

    public static Quantity between(long min, long max) {
        return new Quantity(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    public boolean range() {
        return min.compareTo(max) != 0;
    }

    public Quantity plus(Quantity other) {
        return new Quantity(min.add(other.min), max.add(other.max));
    }

    public Quantity times(int factor) {
        BigDecimal f = BigDecimal.valueOf(factor);
        return new Quantity(min.multiply(f), max.multiply(f));
    }

    /** True when some value of this range is also a value of the other. */
    public boolean overlaps(Quantity other) {
        return min.compareTo(other.max) <= 0 && other.min.compareTo(max) <= 0;
    }

    @Override
    public String toString() {
        return range() ? min.toPlainString() + "-" + max.toPlainString() : min.toPlainString();
    }
}
