package duban.rules.rag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Where a target should be by a day if it advanced evenly from its start to its due date. */
public final class LinearPace {

    private LinearPace() {
    }

    /**
     * The expected fraction on {@code today}: 0 up to the start, 1 from the due date on, in between the share of
     * the days from start to due that have elapsed (four decimals).
     */
    public static BigDecimal expected(LocalDate start, LocalDate due, LocalDate today) {
        if (!due.isAfter(start)) {
            return today.isBefore(due) ? BigDecimal.ZERO : BigDecimal.ONE;
        }
        if (!today.isAfter(start)) {
            return BigDecimal.ZERO;
        }
        if (!today.isBefore(due)) {
            return BigDecimal.ONE;
        }
        long elapsed = ChronoUnit.DAYS.between(start, today);
        long total = ChronoUnit.DAYS.between(start, due);
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
    }
}
