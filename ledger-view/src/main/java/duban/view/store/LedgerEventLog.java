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
    /** Rows per statement: a poll's worth, in one statement of eleven arrays. */
    private static final int ROWS_PER_STATEMENT = 5_000;
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
        // One array per column and one statement per part: binding 11 arrays costs the query layer next to nothing,
        // where 11 parameters per row cost it most of a poll's time. The rows keep the arrays' order (ordinality),
        // and so their row numbers follow the events' order. Numbers and times travel as text and are cast.
        // A row already there (the same event applied by a rebuild racing the live consumer) stays as it is.
        String sql = "insert into " + table + " (" + COLUMNS + ") select u.event_id, u.type, u.aggregate_id, "
                + "cast(u.sequence as bigint), cast(u.global_index as bigint), cast(u.recorded_at as timestamptz), "
                + "cast(u.occurred_at as timestamptz), u.actor_user, u.actor_unit, u.actor_role, cast(u.data as jsonb) "
                + "from unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[]), "
                + "cast(?5 as text[]), cast(?6 as text[]), cast(?7 as text[]), cast(?8 as text[]), cast(?9 as text[]), "
                + "cast(?10 as text[]), cast(?11 as text[])) with ordinality as u(event_id, type, aggregate_id, "
                + "sequence, global_index, recorded_at, occurred_at, actor_user, actor_unit, actor_role, data, row) "
                + "order by u.row on conflict (event_id) do nothing";
        int rows = events.size();
        String[][] columns = new String[PARAMETERS][rows];
        for (int i = 0; i < rows; i++) {
            CloudEvent envelope = events.get(i).envelope();
            Instant recordedAt = envelope.recordedAt() != null ? envelope.recordedAt() : envelope.time();
            columns[0][i] = envelope.id();
            columns[1][i] = envelope.type();
            columns[2][i] = envelope.subject();
            columns[3][i] = Long.toString(envelope.sequence() == null ? 0L : envelope.sequence());
            columns[4][i] = envelope.globalIndex() == null ? null : envelope.globalIndex().toString();
            columns[5][i] = (recordedAt == null ? Instant.now() : recordedAt).toString();
            columns[6][i] = envelope.time() == null ? null : envelope.time().toString();
            columns[7][i] = envelope.actorUser();
            columns[8][i] = envelope.actorUnit();
            columns[9][i] = envelope.actorRole();
            columns[10][i] = envelope.data() == null ? "null" : envelope.data().toString();
        }
        Mutiny.MutationQuery insert = session.createNativeQuery(sql);
        for (int c = 0; c < PARAMETERS; c++) {
            insert.setParameter(c + 1, columns[c]);
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
}
