package duban.rules.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One reminder that falls on a day.
 *
 * @param subject  what it is about: the reporting day naming the period, the milestone's id, the urge's id, the
 *                 returned report's id
 * @param daysLeft for a milestone's reminder before its due date, how many days were left (0 on the day); for an
 *                 overdue one, how many days it is late; 0 otherwise
 * @param sendOn   the day it goes out
 * @param sendAt   the instant it goes out (09:00 local on {@code sendOn}, or the urge's own instant)
 */
public record Occurrence(ReminderKind kind, String subject, int daysLeft, LocalDate sendOn, Instant sendAt) {

    public Occurrence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sendOn, "sendOn");
        Objects.requireNonNull(sendAt, "sendAt");
    }

    /**
     * The reminder's key for one recipient: the same reminder for the same recipient on the same day has the same
     * key, however often and by however many replicas it is worked out.
     */
    public String keyFor(String taskId, String recipient) {
        return kind.name() + '|' + taskId + '|' + recipient + '|' + subject + '|' + sendOn;
    }
}
