package duban.notification.delivery;

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
}
