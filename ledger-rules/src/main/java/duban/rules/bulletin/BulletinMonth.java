package duban.rules.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A month of a plan's bulletin. Its cut-off is the end of its last day in the plan's zone: the bulletin reads the
 * ledger as it stood then, so it reads the same whenever it is made. A month still running has a provisional
 * bulletin, read as the ledger stands now.
 */
public record BulletinMonth(YearMonth month, ZoneId zone) {

    public BulletinMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(zone, "zone");
    }

    /** The month's first instant (its first day's 00:00) in the plan's zone. */
    public Instant start() {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** The end of the month's last day (the next month's first 00:00) in the plan's zone. */
    public Instant cutoff() {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    /** Whether the month is still running at {@code now}: its bulletin is provisional. */
    public boolean provisionalAt(Instant now) {
        return now.isBefore(cutoff());
    }

    /** The instant a bulletin made at {@code now} reads the ledger at: the cut-off, or now while the month runs. */
    public Instant readAt(Instant now) {
        return provisionalAt(now) ? now : cutoff();
    }

    /** Whether a reporting day or due date falls in the month: a period counts in the month of its reporting day. */
    public boolean contains(LocalDate day) {
        return YearMonth.from(day).equals(month);
    }

    /** Whether a day is on or before the month's last day. */
    public boolean byEnd(LocalDate day) {
        return !day.isAfter(month.atEndOfMonth());
    }

    /** Whether the ledger recorded something within the month (in the plan's zone): a return counts in its month. */
    public boolean recorded(Instant instant) {
        return !instant.isBefore(month.atDay(1).atStartOfDay(zone).toInstant()) && instant.isBefore(cutoff());
    }
}
