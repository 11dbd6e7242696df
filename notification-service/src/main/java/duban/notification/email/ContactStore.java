package duban.notification.email;

import duban.http.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/** The {@code contact} rows: added, listed, marked removed. */
@ApplicationScoped
public class ContactStore {

    /** Active contacts a unit may have at once: each reminder is one e-mail per contact. */
    public static final int MAX_ACTIVE = 20;

    private static final String COLUMNS = "id, unit_id, name, address, active, added_at, added_by, removed_at, "
            + "removed_by";

    /** The unit's contacts in the order they were added; removed ones too when asked. */
    public Uni<List<Contact>> of(Mutiny.Session session, String unitId, boolean withRemoved) {
        return session.createNativeQuery("select " + COLUMNS + " from contact where unit_id = ?1"
                        + (withRemoved ? "" : " and active") + " order by seq", Object[].class)
                .setParameter(1, unitId)
                .getResultList()
                .map(rows -> rows.stream().map(ContactStore::contact).toList());
    }

    /** The addresses the unit's reminders go to now. */
    public Uni<List<String>> activeAddresses(Mutiny.Session session, String unitId) {
        return session.createNativeQuery("select address from contact where unit_id = ?1 and active "
                        + "order by seq", String.class)
                .setParameter(1, unitId)
                .getResultList();
    }

    /** The addresses each of these units' reminders go to now, in one query; a unit without any is left out. */
    public Uni<Map<String, List<String>>> activeAddresses(Mutiny.Session session, Collection<String> unitIds) {
        if (unitIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return session.createNativeQuery("select unit_id, address from contact where unit_id in (?1) and active "
                        + "order by seq", Object[].class)
                .setParameter(1, List.copyOf(unitIds))
                .getResultList()
                .map(rows -> {
                    Map<String, List<String>> byUnit = new HashMap<>();
                    for (Object[] row : rows) {
                        byUnit.computeIfAbsent((String) row[0], unit -> new ArrayList<>()).add((String) row[1]);
                    }
                    return byUnit;
                });
    }

    /**
     * Adds a contact, in the caller's transaction. The unit's additions take turns (a lock on the unit held to the
     * end of the transaction), so that two at once can neither pass the limit nor both add one address.
     *
     * @param address already normalized ({@link MailAddress#normalize})
     */
    public Uni<Contact> add(Mutiny.Session session, String unitId, String name, String address, String by,
                            Instant now) {
        return session.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(?1))) lock",
                        Long.class)
                .setParameter(1, "contact:" + unitId)
                .getSingleResult()
                .chain(() -> session.createNativeQuery("""
                                select count(*), count(*) filter (where lower(address) = lower(?2))
                                from contact where unit_id = ?1 and active""", Object[].class)
                        .setParameter(1, unitId)
                        .setParameter(2, address)
                        .getSingleResult())
                .chain(counts -> {
                    if (((Number) counts[1]).longValue() > 0) {
                        throw new ProblemException(409, "contact-exists", "Conflict",
                                "the unit has this address already: " + address);
                    }
                    if (((Number) counts[0]).longValue() >= MAX_ACTIVE) {
                        throw new ProblemException(409, "too-many-contacts", "Conflict",
                                "a unit has at most " + MAX_ACTIVE + " active contacts; remove one first");
                    }
                    Contact contact = new Contact(UUID.randomUUID().toString(), unitId, name, address, true, now, by,
                            null, null);
                    return session.createNativeQuery("insert into contact (" + COLUMNS + ") values (?1, ?2, ?3, ?4, "
                                    + "true, ?5, ?6, null, null)")
                            .setParameter(1, contact.id())
                            .setParameter(2, unitId)
                            .setParameter(3, name)
                            .setParameter(4, address)
                            .setParameter(5, utc(now))
                            .setParameter(6, by)
                            .executeUpdate()
                            .replaceWith(contact);
                });
    }

    /** Marks an active contact removed; false when the unit has no such active contact. */
    public Uni<Boolean> remove(Mutiny.Session session, String unitId, String contactId, String by, Instant now) {
        return session.createNativeQuery("""
                        update contact set active = false, removed_at = ?3, removed_by = ?4
                        where unit_id = ?1 and id = ?2 and active""")
                .setParameter(1, unitId)
                .setParameter(2, contactId)
                .setParameter(3, utc(now))
                .setParameter(4, by)
                .executeUpdate()
                .map(updated -> updated > 0);
    }

    private static Contact contact(Object[] row) {
        return new Contact((String) row[0], (String) row[1], (String) row[2], (String) row[3], (Boolean) row[4],
                instant(row[5]), (String) row[6], instant(row[7]), (String) row[8]);
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
