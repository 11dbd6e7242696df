package duban.view.store;

import duban.consumer.Applied;
import duban.events.envelope.CloudEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** Appends applied events to {@code ledger_event} and reads them back in order. */
@ApplicationScoped
public class LedgerEventLog {

    private static final String COLUMNS = "event_id, type, aggregate_id, sequence, global_index, recorded_at, "
            + "occurred_at, actor_user, actor_unit, actor_role, data";
    private static final int PARAMETERS = 11;
    /** Rows per statement: well under PostgreSQL's limit of 65,535 parameters. */
    private static final int ROWS_PER_STATEMENT = 500;
    private static final String SELECT = "select seq, event_id, type, aggregate_id, sequence, global_index, "
            + "recorded_at, occurred_at, actor_user, actor_unit, actor_role, cast(data as text) from ledger_event ";

    /** The live table; a rebuild writes the same rows into a shadow table of the same shape. */
    public static final String TABLE = "ledger_event";

    /** Appends the events in their order, a few hundred rows per statement. */
    public Uni<Void> append(Mutiny.Session session, List<Applied> events) {
        return append(session, TABLE, events);
    }

    /** Appends the events to {@code table} ({@link #TABLE} or a rebuild's shadow of it), with the same statements. */
    public Uni<Void> append(Mutiny.Session session, String table, List<Applied> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int from = 0; from < events.size(); from += ROWS_PER_STATEMENT) {
            List<Applied> part = events.subList(from, Math.min(events.size(), from + ROWS_PER_STATEMENT));
            chain = chain.chain(() -> insert(session, table, part));
        }
        return chain;
    }

    /** The columns a row is written with (all but its row number), for copying rows between tables. */
    public static String columns() {
        return COLUMNS;
    }

    private Uni<Void> insert(Mutiny.Session session, String table, List<Applied> events) {
        StringBuilder sql = new StringBuilder("insert into ").append(table).append(" (").append(COLUMNS)
                .append(") values ");
        for (int i = 0; i < events.size(); i++) {
            sql.append(i == 0 ? "(" : ", (");
            for (int c = 1; c <= PARAMETERS; c++) {
                int p = i * PARAMETERS + c;
                sql.append(c == 1 ? "" : ", ").append(c == PARAMETERS ? "cast(cast(?" + p + " as text) as jsonb)" : "?" + p);
            }
            sql.append(')');
        }
        // The text is cast to text first: the driver would send a string bound to a jsonb parameter as a JSON string.
        // A row already there (the same event applied by a rebuild racing the live consumer) stays as it is.
        sql.append(" on conflict (event_id) do nothing");
        Mutiny.MutationQuery insert = session.createNativeQuery(sql.toString());
        for (int i = 0; i < events.size(); i++) {
            CloudEvent envelope = events.get(i).envelope();
            int p = i * PARAMETERS;
            Instant recordedAt = envelope.recordedAt() != null ? envelope.recordedAt() : envelope.time();
            insert.setParameter(p + 1, envelope.id());
            insert.setParameter(p + 2, envelope.type());
            insert.setParameter(p + 3, envelope.subject());
            insert.setParameter(p + 4, envelope.sequence() == null ? 0L : envelope.sequence());
            insert.setParameter(p + 5, envelope.globalIndex());
            insert.setParameter(p + 6, utc(recordedAt == null ? Instant.now() : recordedAt));
            insert.setParameter(p + 7, envelope.time() == null ? null : utc(envelope.time()));
            insert.setParameter(p + 8, envelope.actorUser());
            insert.setParameter(p + 9, envelope.actorUnit());
            insert.setParameter(p + 10, envelope.actorRole());
            insert.setParameter(p + 11, envelope.data() == null ? "null" : envelope.data().toString());
        }
        return insert.executeUpdate().replaceWithVoid();
    }

    /** Up to {@code limit} rows after {@code seq}, in order. */
    public Uni<List<StoredEvent>> after(Mutiny.Session session, long seq, int limit) {
        return session.createNativeQuery(SELECT + "where seq > ?1 order by seq limit ?2", Object[].class)
                .setParameter(1, seq)
                .setParameter(2, limit)
                .getResultList()
                .map(LedgerEventLog::rows);
    }

    /** The rows of these numbers that exist now, in order. */
    public Uni<List<StoredEvent>> bySeq(Mutiny.Session session, Collection<Long> seqs) {
        return session.createNativeQuery(SELECT + "where seq in (?1) order by seq", Object[].class)
                .setParameter(1, List.copyOf(seqs))
                .getResultList()
                .map(LedgerEventLog::rows);
    }

    /** Which table is {@code ledger_event} now (its oid): a rebuild puts another table in its place. */
    public Uni<Long> tableIdentity(Mutiny.Session session) {
        return session.createNativeQuery("select cast(cast(cast('ledger_event' as regclass) as oid) as bigint)",
                Long.class).getSingleResult();
    }

    /** The highest row number now, 0 when the table is empty. */
    public Uni<Long> lastSeq(Mutiny.Session session) {
        return session.createNativeQuery("select coalesce(max(seq), 0) from ledger_event", Long.class)
                .getSingleResult();
    }

    private static List<StoredEvent> rows(List<Object[]> rows) {
        List<StoredEvent> events = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            events.add(new StoredEvent(number(row[0]), (String) row[1], (String) row[2], (String) row[3],
                    number(row[4]), row[5] == null ? null : number(row[5]), instant(row[6]), instant(row[7]),
                    (String) row[8], (String) row[9], (String) row[10], (String) row[11]));
        }
        return events;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
