package duban.rules.period;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A reporting period (报送期): from the previous period's deadline (exclusive) to this period's
 * deadline (inclusive), the end of the effective reporting day (its 24:00).
 *
 * @param nominalDay the reporting day that names the period, e.g. 2017-11-20, before any move
 * @param start the previous period's deadline; the period holds the instants after it
 * @param deadlineDate the effective reporting day: the nominal day, or the working day it moved to
 * @param deadline the end of {@code deadlineDate} in the schedule's zone (the next day's 00:00), inclusive
 */
public record ReportingPeriod(LocalDate nominalDay, Instant start, LocalDate deadlineDate, Instant deadline) {

    public ReportingPeriod {
        Objects.requireNonNull(nominalDay, "nominalDay");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(deadlineDate, "deadlineDate");
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.isBefore(start)) {
            throw new IllegalArgumentException("deadline " + deadline + " before start " + start);
        }
    }

    /** Whether the instant lies in this period: after {@link #start()}, at or before {@link #deadline()}. */
    public boolean contains(Instant instant) {
        return instant.isAfter(start) && !instant.isAfter(deadline);
    }

    /** Whether the deadline moved off the nominal day (a day off under the next-working-day policy). */
    public boolean isMoved() {
        return !deadlineDate.equals(nominalDay);
    }
}
