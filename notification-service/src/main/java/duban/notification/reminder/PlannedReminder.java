package duban.notification.reminder;

import duban.notification.delivery.SentReminder;
import duban.rules.reminder.Occurrence;
import duban.rules.reminder.ReminderKind;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder that falls due for one recipient.
 *
 * @param recipient  the unit it goes to, or {@link #SUPERVISORS} for the supervisors' copy
 * @param aboutUnit  the unit it is about (the recipient itself, unless a supervisors' copy)
 * @param subject    the reporting day of the period, the milestone's id, or the urge's id
 */
public record PlannedReminder(String key, ReminderKind kind, String taskId, String planId, String taskCode,
                              String taskTitle, String recipient, String aboutUnit, String subject, int daysLeft,
                              LocalDate sendOn, Instant sendAt, String heading, String text) {

    /** The recipient of a copy for the supervisors (督查室). */
    public static final String SUPERVISORS = "SUPERVISORS";

    /** The reminder as sent with the given id at {@code sentAt}; {@code late} when that was well after it fell due. */
    public SentReminder sent(String id, Instant sentAt, boolean late) {
        return new SentReminder(id, key, kind.name(), taskId, planId, taskCode, recipient, aboutUnit, subject, sendOn,
                sendAt, sentAt, late, heading, text);
    }

    static PlannedReminder of(Occurrence occurrence, ReminderTexts.Text text, String taskId, String planId,
                              String code, String title, String recipient, String aboutUnit) {
        String keyed = SUPERVISORS.equals(recipient) ? SUPERVISORS + ":" + aboutUnit : recipient;
        return new PlannedReminder(occurrence.keyFor(taskId, keyed), occurrence.kind(), taskId, planId, code, title,
                recipient, aboutUnit, occurrence.subject(), occurrence.daysLeft(), occurrence.sendOn(),
                occurrence.sendAt(), text.heading(), text.body());
    }
}
