package duban.rules.completion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Optional;

/**
 * A task's final due date (最终完成时限): the latest due date of its milestones, the same "last milestone" the linear
 * pace of its targets runs to. A move of a milestone's due date (an extension granted, a rescheduling) counts only
 * when the ledger recorded it before the due date it moves had passed (by the end of that day in the plan's zone):
 * an extension granted in time moves the deadline, one granted after it was missed does not excuse the lateness.
 * A task without milestones has no final due date.
 */
public final class FinalDueDate {

    private FinalDueDate() {
    }

    public static Optional<LocalDate> of(Collection<MilestoneDue> milestones, ZoneId zone) {
        LocalDate latest = null;
        for (MilestoneDue milestone : milestones) {
            LocalDate due = effective(milestone, zone);
            if (latest == null || due.isAfter(latest)) {
                latest = due;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The milestone's due date with only the moves recorded while the date they moved was not yet past. */
    static LocalDate effective(MilestoneDue milestone, ZoneId zone) {
        LocalDate due = milestone.firstDueOn();
        for (DueDateMove move : milestone.moves()) {
            if (!move.recordedAt().isAfter(endOf(due, zone))) {
                due = move.to();
            }
        }
        return due;
    }

    /** The end (24:00) of a day in the zone: the instant its deadline passes. */
    public static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
