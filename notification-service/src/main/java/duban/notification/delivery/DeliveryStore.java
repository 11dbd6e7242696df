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

/**
 * The delivery rows: created with the reminder, leased for a try, settled by its outcome. Status {@code PENDING} (due
 * at {@code next_attempt_at}), {@code SENDING} (leased), {@code DELIVERED}, or {@code CANCELLED} (its target went away:
 * never tried again).
 */
@ApplicationScoped
public class DeliveryStore {

    /** A delivery leased for a try, with its reminder. */
    public record Lease(String deliveryId, String channel, String target, int attempts, SentReminder reminder) {
    }

    private static final String REMINDER_COLUMNS = "r.id, r.reminder_key, r.kind, r.task_id, r.plan_id, r.task_code, "
            + "r.recipient, r.about_unit, r.subject, r.send_on, r.due_at, r.sent_at, r.late, r.heading, r.body";

    /** A delivery to create: one target of one channel for one reminder. */
    public record NewDelivery(String reminderId, String channel, String target) {
    }

    /** Rows per statement: four parameters each, well under PostgreSQL's limit of parameters. */
    private static final int ROWS_PER_STATEMENT = 2000;

    /** One pending delivery per target of a channel, in the caller's transaction. */
    public Uni<Void> create(Mutiny.Session session, String reminderId, String channel, List<String> targets,
                            Instant now) {
        return createAll(session, targets.stream().map(target -> new NewDelivery(reminderId, channel, target))
                .toList(), now);
    }

    /**
     * Creates the deliveries pending from {@code now}, in the caller's transaction, a few thousand rows per statement:
     * a tick that sent ten thousand urges creates their deliveries in a handful of statements.
     */
    public Uni<Void> createAll(Mutiny.Session session, List<NewDelivery> deliveries, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int from = 0; from < deliveries.size(); from += ROWS_PER_STATEMENT) {
            List<NewDelivery> part = deliveries.subList(from, Math.min(deliveries.size(), from + ROWS_PER_STATEMENT));
            chain = chain.chain(() -> insert(session, part, now));
        }
        return chain;
    }

    private Uni<Void> insert(Mutiny.Session session, List<NewDelivery> part, Instant now) {
        StringBuilder sql = new StringBuilder("insert into delivery (id, reminder_id, channel, target, status, "
                + "attempts, next_attempt_at, created_at) values ");
        for (int i = 0; i < part.size(); i++) {
            int p = 2 + i * 4;
            sql.append(i == 0 ? "" : ", ").append("(?").append(p).append(", ?").append(p + 1).append(", ?")
                    .append(p + 2).append(", ?").append(p + 3).append(", 'PENDING', 0, ?1, ?1)");
        }
        sql.append(" on conflict (reminder_id, channel, target) do nothing");
        Mutiny.Query<?> insert = session.createNativeQuery(sql.toString());
        insert.setParameter(1, utc(now));
        for (int i = 0; i < part.size(); i++) {
            NewDelivery delivery = part.get(i);
            int p = 2 + i * 4;
            insert.setParameter(p, UUID.randomUUID().toString());
            insert.setParameter(p + 1, delivery.reminderId());
            insert.setParameter(p + 2, delivery.channel());
            insert.setParameter(p + 3, delivery.target());
        }
        return insert.executeUpdate().replaceWithVoid();
    }

    /**
     * Cancels the deliveries of a channel's target not delivered yet (a webhook deactivated): they are never tried
     * again, and a try under way settles as nothing. Answers how many it cancelled.
     */
    public Uni<Integer> cancel(Mutiny.Session session, String channel, String target, Instant now) {
        return session.createNativeQuery("""
                        update delivery set status = 'CANCELLED', lease_until = null, last_error = 'cancelled'
                        where channel = ?1 and target = ?2 and status in ('PENDING', 'SENDING')""")
                .setParameter(1, channel)
                .setParameter(2, target)
                .executeUpdate();
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
        return settleAll(session, List.of(new Settled(lease, outcome)), now);
    }

    /** A try's outcome to settle. */
    public record Settled(Lease lease, Channel.Outcome outcome) {
    }

    /**
     * Settles tries in the caller's transaction: the delivered ones in one statement, each failed one pending again
     * after its backoff. A delivery cancelled meanwhile stays cancelled unless this try delivered it.
     */
    public Uni<Void> settleAll(Mutiny.Session session, List<Settled> tries, Instant now) {
        List<Settled> delivered = tries.stream().filter(t -> t.outcome().delivered()).toList();
        Uni<Void> chain = delivered.isEmpty() ? Uni.createFrom().voidItem() : delivered(session, delivered, now);
        for (Settled failed : tries.stream().filter(t -> !t.outcome().delivered()).toList()) {
            chain = chain.chain(() -> session.createNativeQuery("""
                            update delivery set status = 'PENDING', lease_until = null, next_attempt_at = ?2,
                                last_status = ?3, last_error = ?4 where id = ?1 and status = 'SENDING'""")
                    .setParameter(1, failed.lease().deliveryId())
                    .setParameter(2, utc(now.plus(backoff(failed.lease().attempts()))))
                    .setParameter(3, failed.outcome().status())
                    .setParameter(4, failed.outcome().error())
                    .executeUpdate().replaceWithVoid());
        }
        return chain;
    }

    private Uni<Void> delivered(Mutiny.Session session, List<Settled> delivered, Instant now) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < delivered.size(); i++) {
            int p = 2 + i * 2;
            values.append(i == 0 ? "" : ", ").append("(cast(?").append(p).append(" as varchar), cast(?")
                    .append(p + 1).append(" as integer))");
        }
        Mutiny.Query<?> update = session.createNativeQuery("update delivery d set status = 'DELIVERED', "
                + "lease_until = null, delivered_at = ?1, last_status = v.status, last_error = null from (values "
                + values + ") as v(id, status) where d.id = v.id and d.status <> 'DELIVERED'");
        update.setParameter(1, utc(now));
        for (int i = 0; i < delivered.size(); i++) {
            update.setParameter(2 + i * 2, delivered.get(i).lease().deliveryId());
            update.setParameter(3 + i * 2, delivered.get(i).outcome().status());
        }
        return update.executeUpdate().replaceWithVoid();
    }

    /** A delivery as its log shows it. */
    public record Logged(String id, String reminderId, String kind, String heading, Instant sentAt, String channel,
                         String target, String status, int attempts, Integer lastStatus, String lastError,
                         Instant nextAttemptAt, Instant deliveredAt) {
    }

    /** A page of logged deliveries and the count of all that match. */
    public record LogPage(long total, List<Logged> items) {
    }

    /**
     * The deliveries of a recipient's reminders, the latest reminder first; {@code channel} and {@code status} narrow
     * them when not null.
     */
    public Uni<LogPage> log(Mutiny.Session session, String recipient, String channel, String status, int page,
                            int size) {
        String where = " from delivery d join reminder r on r.id = d.reminder_id where r.recipient = ?1"
                + " and (cast(?2 as varchar) is null or d.channel = ?2)"
                + " and (cast(?3 as varchar) is null or d.status = ?3)";
        return session.createNativeQuery("select count(*)" + where, Long.class)
                .setParameter(1, recipient)
                .setParameter(2, channel)
                .setParameter(3, status)
                .getSingleResult()
                .chain(total -> session.createNativeQuery("select d.id, d.reminder_id, r.kind, r.heading, r.sent_at, "
                                + "d.channel, d.target, d.status, d.attempts, d.last_status, d.last_error, "
                                + "d.next_attempt_at, d.delivered_at" + where
                                + " order by r.sent_at desc, d.created_at desc, d.id limit ?4 offset ?5",
                                Object[].class)
                        .setParameter(1, recipient)
                        .setParameter(2, channel)
                        .setParameter(3, status)
                        .setParameter(4, size)
                        .setParameter(5, (long) page * size)
                        .getResultList()
                        .map(rows -> new LogPage(total, rows.stream().map(row -> new Logged((String) row[0],
                                (String) row[1], (String) row[2], (String) row[3], instant(row[4]), (String) row[5],
                                (String) row[6], (String) row[7], ((Number) row[8]).intValue(),
                                row[9] == null ? null : ((Number) row[9]).intValue(), (String) row[10],
                                instant(row[11]), instant(row[12]))).toList())));
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
        if (value == null) {
            return null;
        }
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
