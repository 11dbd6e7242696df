package duban.notification.delivery;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/** The delivery rows: created with the reminder, leased for a try, settled by its outcome. */
@ApplicationScoped
public class DeliveryStore {

    /** A delivery leased for a try, with its reminder. */
    public record Lease(String deliveryId, String channel, String target, int attempts, SentReminder reminder) {
    }

    private static final String REMINDER_COLUMNS = "r.id, r.reminder_key, r.kind, r.task_id, r.plan_id, r.task_code, "
            + "r.recipient, r.about_unit, r.subject, r.send_on, r.due_at, r.sent_at, r.late, r.heading, r.body";

    /** One pending delivery per target of a channel, in the caller's transaction. */
    public Uni<Void> create(Mutiny.Session session, String reminderId, String channel, List<String> targets,
                            Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String target : targets) {
            chain = chain.chain(() -> session.createNativeQuery("""
                            insert into delivery (id, reminder_id, channel, target, status, attempts, next_attempt_at,
                                created_at) values (?1, ?2, ?3, ?4, 'PENDING', 0, ?5, ?5)
                            on conflict (reminder_id, channel, target) do nothing""")
                    .setParameter(1, UUID.randomUUID().toString())
                    .setParameter(2, reminderId)
                    .setParameter(3, channel)
                    .setParameter(4, target)
                    .setParameter(5, utc(now))
                    .executeUpdate().replaceWithVoid());
        }
        return chain;
    }

    /**
     * Leases up to {@code limit} deliveries due by {@code now}: pending ones and those whose lease ran out. Rows another
     * replica is leasing at the same moment are skipped, not waited for.
     */
    public Uni<List<Lease>> lease(Mutiny.Session session, Instant now, Duration leaseFor, int limit) {
        return session.createNativeQuery("""
                        update delivery d set status = 'SENDING', lease_until = ?1, attempts = d.attempts + 1
                        where d.id in (select id from delivery
                            where (status = 'PENDING' and next_attempt_at <= ?2)
                               or (status = 'SENDING' and lease_until <= ?2)
                            order by next_attempt_at limit ?3 for update skip locked)
                        returning d.id, d.channel, d.target, d.attempts, d.reminder_id""", Object[].class)
                .setParameter(1, utc(now.plus(leaseFor)))
                .setParameter(2, utc(now))
                .setParameter(3, limit)
                .getResultList()
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(List.<Lease>of()) : withReminders(session, rows));
    }

    private Uni<List<Lease>> withReminders(Mutiny.Session session, List<Object[]> rows) {
        List<String> ids = rows.stream().map(row -> (String) row[4]).distinct().toList();
        return session.createNativeQuery("select " + REMINDER_COLUMNS + " from reminder r where r.id in (?1)",
                        Object[].class)
                .setParameter(1, ids)
                .getResultList()
                .map(reminders -> {
                    List<Lease> leases = new ArrayList<>();
                    for (Object[] row : rows) {
                        reminders.stream().filter(r -> r[0].equals(row[4])).findFirst().ifPresent(r -> leases.add(
                                new Lease((String) row[0], (String) row[1], (String) row[2],
                                        ((Number) row[3]).intValue(), reminder(r))));
                    }
                    return leases;
                });
    }

    /** Settles a try: delivered, or pending again after a pause that grows with every failed try (up to an hour). */
    public Uni<Void> settle(Mutiny.Session session, Lease lease, Channel.Outcome outcome, Instant now) {
        if (outcome.delivered()) {
            return session.createNativeQuery("""
                            update delivery set status = 'DELIVERED', lease_until = null, delivered_at = ?2,
                                last_status = ?3, last_error = null where id = ?1""")
                    .setParameter(1, lease.deliveryId())
                    .setParameter(2, utc(now))
                    .setParameter(3, outcome.status())
                    .executeUpdate().replaceWithVoid();
        }
        return session.createNativeQuery("""
                        update delivery set status = 'PENDING', lease_until = null, next_attempt_at = ?2,
                            last_status = ?3, last_error = ?4 where id = ?1""")
                .setParameter(1, lease.deliveryId())
                .setParameter(2, utc(now.plus(backoff(lease.attempts()))))
                .setParameter(3, outcome.status())
                .setParameter(4, outcome.error())
                .executeUpdate().replaceWithVoid();
    }

    /** 10 s, 20 s, 40 s, … doubling up to an hour. */
    static Duration backoff(int attempts) {
        long seconds = 10L << Math.min(Math.max(attempts - 1, 0), 9);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    static SentReminder reminder(Object[] r) {
        return new SentReminder((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (String) r[8], (LocalDate) r[9], instant(r[10]),
                instant(r[11]), (Boolean) r[12], (String) r[13], (String) r[14]);
    }

    static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
