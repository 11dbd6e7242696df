package duban.rules.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/** One day of every week (每周报送): the report is due on that weekday. */
public final class Weekly implements ReportingDays {

    private final DayOfWeek day;

    public Weekly(DayOfWeek day) {
        this.day = Objects.requireNonNull(day, "day");
    }

    public DayOfWeek day() {
        return day;
    }

    @Override
    public LocalDate firstOnOrAfter(LocalDate date) {
        return date.with(TemporalAdjusters.nextOrSame(day));
    }

    @Override
    public LocalDate lastBefore(LocalDate date) {
        return date.with(TemporalAdjusters.previous(day));
    }
}
