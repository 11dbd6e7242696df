package duban.notification.inbox;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Reads a recipient's reminders and marks them read. Reminders sent by one tick share their send time (a late tick sends
 * several at once), so the day each was meant for breaks the tie: the page reads the same on every request.
 */
@ApplicationScoped
public class InboxStore {

    public Uni<Inbox> page(Mutiny.Session session, String recipient, int page, int size) {
        return session.createNativeQuery("""
                        select count(*) filter (where read_at is null), count(*) from reminder where recipient = ?1""",
                        Object[].class)
                .setParameter(1, recipient)
                .getSingleResult()
                .chain(counts -> session.createNativeQuery("""
                                select id, kind, task_id, plan_id, task_code, about_unit, subject, send_on, due_at,
                                    sent_at, late, heading, body, read_at from reminder where recipient = ?1
                                order by (read_at is null) desc, sent_at desc, send_on desc, due_at desc, id
                                limit ?2 offset ?3""", Object[].class)
                        .setParameter(1, recipient)
                        .setParameter(2, size)
                        .setParameter(3, (long) page * size)
                        .getResultList()
                        .map(rows -> new Inbox(recipient, ((Number) counts[0]).intValue(),
                                ((Number) counts[1]).intValue(), page, size, rows.stream().map(InboxStore::item)
                                .toList())));
    }

    /** Marks the reminder read (once: the first reading stays); false when the recipient has no such reminder. */
    public Uni<Boolean> markRead(Mutiny.Session session, String recipient, String id, Instant now) {
        return session.createNativeQuery("""
                        update reminder set read_at = coalesce(read_at, ?3) where recipient = ?1 and id = ?2""")
                .setParameter(1, recipient)
                .setParameter(2, id)
                .setParameter(3, now.atOffset(ZoneOffset.UTC))
                .executeUpdate()
                .map(updated -> updated > 0);
    }

    private static Inbox.Item item(Object[] row) {
        return new Inbox.Item((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                (String) row[5], (String) row[6], (LocalDate) row[7], instant(row[8]), instant(row[9]),
                (Boolean) row[10], (String) row[11], (String) row[12], instant(row[13]));
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }
}
