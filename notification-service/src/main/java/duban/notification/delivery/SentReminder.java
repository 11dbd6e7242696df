package duban.notification.delivery;

import duban.events.notification.ReminderSent;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder as sent: what every channel carries.
 *
 * @param recipient a unit id, or {@code SUPERVISORS}
 * @param dueAt     when it fell due; {@code sentAt} when it was sent, {@code late} when that was well after
 */
public record SentReminder(String id, String key, String kind, String taskId, String planId, String taskCode,
                           String recipient, String aboutUnit, String subject, LocalDate sendOn, Instant dueAt,
                           Instant sentAt, boolean late, String heading, String body) {

    /** What every channel carries: the topic's CloudEvents {@code data}, a webhook's body. */
    public ReminderSent asEvent() {
        return new ReminderSent(id, key, kind, taskId, taskCode, planId, recipient, aboutUnit, subject, heading, body,
                dueAt, sentAt, late);
    }
}
