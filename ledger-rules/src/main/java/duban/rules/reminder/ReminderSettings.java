package duban.rules.reminder;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * When scheduled reminders fall (configuration, per plan where set).
 *
 * @param reportLeadWorkingDays    a report's first reminder this many working days before its deadline (default 3)
 * @param milestoneLeadDays        a milestone's reminders this many days before its due date, 0 being the day itself
 *                                 (default 7, 3, 1, 0)
 * @param overdueEveryWorkingDays  an overdue milestone is reminded again every this many working days (default 3)
 * @param sendAt                   the local time scheduled reminders go out (default 09:00)
 */
public record ReminderSettings(int reportLeadWorkingDays, List<Integer> milestoneLeadDays,
                               int overdueEveryWorkingDays, LocalTime sendAt) {

    public static final ReminderSettings DEFAULTS =
            new ReminderSettings(3, List.of(7, 3, 1, 0), 3, LocalTime.of(9, 0));

    public ReminderSettings {
        Objects.requireNonNull(sendAt, "sendAt");
        if (reportLeadWorkingDays < 1 || overdueEveryWorkingDays < 1 || milestoneLeadDays.isEmpty()
                || milestoneLeadDays.stream().anyMatch(days -> days == null || days < 0)) {
            throw new IllegalArgumentException("reminder lead times are days of at least 0, intervals at least 1");
        }
        milestoneLeadDays = List.copyOf(new TreeSet<>(milestoneLeadDays).descendingSet());
    }
}
