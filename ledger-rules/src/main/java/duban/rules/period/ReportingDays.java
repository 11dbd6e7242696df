package duban.rules.period;

import java.time.LocalDate;

/**
 * The nominal reporting days of a schedule, before any day off moves them: fixed days of every month (the 5th and
 * the 20th), of some months (a quarterly report), or a day of every week. Implementations are immutable.
 */
public interface ReportingDays {

    /** The first nominal reporting day on or after {@code date}. */
    LocalDate firstOnOrAfter(LocalDate date);

    /** The last nominal reporting day before {@code date}. */
    LocalDate lastBefore(LocalDate date);

    /** Whether {@code date} is a nominal reporting day. */
    default boolean contains(LocalDate date) {
        return firstOnOrAfter(date).equals(date);
    }
}
