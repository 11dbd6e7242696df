package duban.tasks.task.domain;

import java.math.BigDecimal;

/** A quantity that may be a range (1-2家); a single quantity has {@code min == max}. */
record Quantity(BigDecimal min, BigDecimal max) {

    static final Quantity ZERO = new Quantity(BigDecimal.ZERO, BigDecimal.ZERO);

    Quantity plus(Quantity other) {
        return new Quantity(min.add(other.min), max.add(other.max));
    }

    Quantity times(int factor) {
        BigDecimal multiplier = BigDecimal.valueOf(factor);
        return new Quantity(min.multiply(multiplier), max.multiply(multiplier));
    }

    boolean contains(BigDecimal value) {
        return min.compareTo(value) <= 0 && value.compareTo(max) <= 0;
    }

    boolean overlaps(Quantity other) {
        return min.compareTo(other.max) <= 0 && other.min.compareTo(max) <= 0;
    }

    @Override
    public String toString() {
        String low = min.stripTrailingZeros().toPlainString();
        return min.compareTo(max) == 0 ? low : low + "-" + max.stripTrailingZeros().toPlainString();
    }
}
