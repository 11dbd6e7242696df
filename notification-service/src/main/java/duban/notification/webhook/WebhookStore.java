package duban.notification.webhook;

import duban.notification.delivery.Channel;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.reactive.mutiny.Mutiny;

/** The webhook and webhook_attempt tables: registrations, deactivations, and the log of every try. */
@ApplicationScoped
public class WebhookStore {

    private static final String COLUMNS = "id, unit_id, url, description, secret, active, created_at, created_by, "
            + "deactivated_at";

    /** One try as the log keeps it. */
    public record Attempt(String deliveryId, String reminderId, int attempt, Instant triedAt, long durationMs,
                          boolean delivered, Integer statusCode, String error, String responseBody) {
    }

    /** Stores a new active webhook, in the caller's transaction. */
    public Uni<Void> insert(Mutiny.Session session, Webhook webhook) {
        return session.createNativeQuery("insert into webhook (" + COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, true, ?6, "
                        + "?7, null)")
                .setParameter(1, webhook.id())
                .setParameter(2, webhook.unitId())
                .setParameter(3, webhook.url())
                .setParameter(4, webhook.description())
                .setParameter(5, webhook.secret())
                .setParameter(6, utc(webhook.createdAt()))
                .setParameter(7, webhook.createdBy())
                .executeUpdate().replaceWithVoid();
    }

    /**
     * How many active webhooks the unit has, its rows locked: two registrations racing past the limit wait for each
     * other.
     */
    public Uni<Integer> lockActive(Mutiny.Session session, String unitId) {
        return session.createNativeQuery("select id from webhook where unit_id = ?1 and active for update",
                        String.class)
                .setParameter(1, unitId)
                .getResultList().map(List::size);
    }

    /** The unit's webhooks, the oldest first. */
    public Uni<List<Webhook>> ofUnit(Mutiny.Session session, String unitId) {
        return session.createNativeQuery("select " + COLUMNS + " from webhook where unit_id = ?1 order by created_at, id",
                        Object[].class)
                .setParameter(1, unitId)
                .getResultList().map(rows -> rows.stream().map(WebhookStore::webhook).toList());
    }

    /** A webhook of the unit. */
    public Uni<Optional<Webhook>> find(Mutiny.Session session, String unitId, String id) {
        return session.createNativeQuery("select " + COLUMNS + " from webhook where unit_id = ?1 and id = ?2",
                        Object[].class)
                .setParameter(1, unitId)
                .setParameter(2, id)
                .getResultList().map(rows -> rows.stream().findFirst().map(WebhookStore::webhook));
    }

    /** A webhook by id, whatever its unit: what a delivery's target names. */
    public Uni<Optional<Webhook>> byId(Mutiny.Session session, String id) {
        return session.createNativeQuery("select " + COLUMNS + " from webhook where id = ?1", Object[].class)
                .setParameter(1, id)
                .getResultList().map(rows -> rows.stream().findFirst().map(WebhookStore::webhook));
    }

    /** Deactivates it (once: a second deactivation keeps the first time); false when the unit has no such webhook. */
    public Uni<Boolean> deactivate(Mutiny.Session session, String unitId, String id, Instant now) {
        return session.createNativeQuery("""
                        update webhook set active = false, deactivated_at = coalesce(deactivated_at, ?3)
                        where unit_id = ?1 and id = ?2""")
                .setParameter(1, unitId)
                .setParameter(2, id)
                .setParameter(3, utc(now))
                .executeUpdate().map(updated -> updated > 0);
    }

    /** The active webhooks of these units, as (id, unit id) rows. */
    public Uni<List<Object[]>> activeOf(Mutiny.Session session, Collection<String> unitIds) {
        return session.createNativeQuery("select id, unit_id from webhook where active and unit_id in (?1) "
                        + "order by created_at, id", Object[].class)
                .setParameter(1, List.copyOf(unitIds))
                .getResultList();
    }

    /** Logs one try, in the transaction that settles its delivery. */
    public Uni<Void> record(Mutiny.Session session, Channel.Try tried) {
        Channel.Outcome outcome = tried.outcome();
        return session.createNativeQuery("""
                        insert into webhook_attempt (delivery_id, attempt, webhook_id, tried_at, duration_ms, delivered,
                            status_code, error, response_body) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        on conflict (delivery_id, attempt) do nothing""")
                .setParameter(1, tried.lease().deliveryId())
                .setParameter(2, tried.lease().attempts())
                .setParameter(3, tried.lease().target())
                .setParameter(4, utc(tried.at()))
                .setParameter(5, (int) Math.min(Integer.MAX_VALUE, tried.took().toMillis()))
                .setParameter(6, outcome.delivered())
                .setParameter(7, outcome.status())
                .setParameter(8, cut(outcome.error(), 1000))
                .setParameter(9, cut(outcome.response(), 2000))
                .executeUpdate().replaceWithVoid();
    }

    /** A page of the webhook's tries, the latest first, and how many there are. */
    public Uni<Page> attempts(Mutiny.Session session, String webhookId, int page, int size) {
        return session.createNativeQuery("select count(*) from webhook_attempt where webhook_id = ?1", Long.class)
                .setParameter(1, webhookId)
                .getSingleResult()
                .chain(total -> session.createNativeQuery("""
                                select a.delivery_id, d.reminder_id, a.attempt, a.tried_at, a.duration_ms, a.delivered,
                                    a.status_code, a.error, a.response_body
                                from webhook_attempt a join delivery d on d.id = a.delivery_id
                                where a.webhook_id = ?1 order by a.tried_at desc, a.delivery_id, a.attempt desc
                                limit ?2 offset ?3""", Object[].class)
                        .setParameter(1, webhookId)
                        .setParameter(2, size)
                        .setParameter(3, (long) page * size)
                        .getResultList()
                        .map(rows -> new Page(total, rows.stream().map(row -> new Attempt((String) row[0],
                                (String) row[1], ((Number) row[2]).intValue(), instant(row[3]),
                                ((Number) row[4]).longValue(), (Boolean) row[5],
                                row[6] == null ? null : ((Number) row[6]).intValue(), (String) row[7],
                                (String) row[8])).toList())));
    }

    /** A page of tries and the count of all. */
    public record Page(long total, List<Attempt> attempts) {
    }

    private static Webhook webhook(Object[] row) {
        return new Webhook((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                (Boolean) row[5], instant(row[6]), (String) row[7], instant(row[8]));
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
