package duban.rules.period;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fixed days of the month (1 to 31), in every month or in the given months only. A day beyond a month's length
 * means that month's last day (31 → 2026-02-28); two days that fall on one date in a month make one reporting day.
 */
public final class DaysOfMonth implements ReportingDays {

    private final List<Integer> days;
    private final Set<Month> months;

    private DaysOfMonth(Collection<Integer> days, Set<Month> months) {
        Objects.requireNonNull(days, "days");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("at least one reporting day of month is needed");
        }
        for (Integer day : days) {
            if (day == null || day < 1 || day > 31) {
                throw new IllegalArgumentException("reporting day of month must be 1 to 31: " + day);
            }
        }
        if (months.isEmpty()) {
            throw new IllegalArgumentException("at least one month is needed");
        }
        this.days = List.copyOf(new TreeSet<>(days));
        this.months = Set.copyOf(months);
    }

    /** These days in every month. */
    public static DaysOfMonth every(Collection<Integer> days) {
        return new DaysOfMonth(days, EnumSet.allOf(Month.class));
    }

    /** These days in the given months only (the last month of each quarter for a quarterly report). */
    public static DaysOfMonth inMonths(Collection<Integer> days, Set<Month> months) {
        return new DaysOfMonth(days, months);
    }

    /** The configured days, ascending, without repeats. */
    public List<Integer> days() {
        return days;
    }

    /** The reporting days of a month, ascending; none in a month the schedule skips. */
    public List<LocalDate> in(YearMonth month) {
        if (!months.contains(month.getMonth())) {
            return List.of();
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (int day : days) {
            dates.add(month.atDay(Math.min(day, month.lengthOfMonth())));
        }
        return List.copyOf(dates);
    }

    @Override
    public LocalDate firstOnOrAfter(LocalDate date) {
        for (YearMonth month = YearMonth.from(date); ; month = month.plusMonths(1)) {
            for (LocalDate day : in(month)) {
                if (!day.isBefore(date)) {
                    return day;
                }
            }
        }
    }

    @Override
    public LocalDate lastBefore(LocalDate date) {
        for (YearMonth month = YearMonth.from(date); ; month = month.minusMonths(1)) {
            List<LocalDate> candidates = in(month);
            for (int i = candidates.size() - 1; i >= 0; i--) {
                if (candidates.get(i).isBefore(date)) {
                    return candidates.get(i);
                }
            }
        }
    }
}
