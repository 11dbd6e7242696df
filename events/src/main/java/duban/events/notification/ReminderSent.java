package duban.events.notification;

import duban.events.EventType;
import java.time.Instant;

/**
 * A reminder (提醒) was sent to a unit or to the supervisors: before a reporting deadline or a milestone's due date,
 * after a missed one, an urge (催办), or a report returned (退回) and not corrected in time.
 *
 * @param reminderId  the reminder's id, the same in the unit's inbox, on the topic and in every webhook delivery
 * @param reminderKey what makes it one reminder (kind, task, recipient, subject, day): sent once per key
 * @param kind        {@code REPORT_DUE_SOON}, {@code REPORT_DUE_TODAY}, {@code REPORT_OVERDUE}, {@code MILESTONE_DUE},
 *                    {@code MILESTONE_OVERDUE}, {@code URGED}, {@code REPORT_RETURNED} or {@code CORRECTION_OVERDUE}
 * @param recipient   the unit it went to, or {@code SUPERVISORS} for the supervisors' copy
 * @param aboutUnit   the unit it is about (the recipient, unless a supervisors' copy)
 * @param subject     the reporting day of the period, the milestone's id, the urge's id, or the returned report's id
 * @param dueAt       when it fell due; {@code sentAt} when it went out, {@code late} when that was well after
 */
@EventType("duban.notification.reminder-sent.v1")
public record ReminderSent(String reminderId, String reminderKey, String kind, String taskId, String taskCode,
                           String planId, String recipient, String aboutUnit, String subject, String heading,
                           String body, Instant dueAt, Instant sentAt, boolean late) implements NotificationEvent {

    @Override
    public String notificationId() {
        return reminderId;
    }
}
