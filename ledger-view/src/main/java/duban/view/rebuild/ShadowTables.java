package duban.view.rebuild;

import duban.consumer.ExactlyOnceApplier;
import duban.view.store.LedgerEventLog;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The live tables a rebuild writes again ({@code processed_event} and {@code ledger_event}), their shadows
 * ({@code *_rebuild}) and the tables kept after a switch ({@code *_previous}). The shadows are made LIKE the live
 * tables (columns, defaults, constraints, indexes), each with a row-number sequence of its own; at the switch the
 * indexes, constraints and sequences take the names of the ones they replace.
 */
final class ShadowTables {

    /** A live table, with the column its row numbers come from, if any. */
    record Live(String name, String serialColumn, String copyColumns) {

        String shadow() {
            return name + "_rebuild";
        }

        String previous() {
            return name + "_previous";
        }
    }

    /** In the order the live consumer writes them, which is the order the switch locks them (no deadlock). */
    static final List<Live> TABLES = List.of(
            new Live(ExactlyOnceApplier.MARKERS, null, "event_id, event_type, subject, global_index, processed_at"),
            new Live(LedgerEventLog.TABLE, "seq", LedgerEventLog.columns()));

    private ShadowTables() {
    }

    /** Drops what an earlier rebuild left and makes empty shadows. */
    static Uni<Void> create(Mutiny.Session session) {
        // "drop … if exists" of what is not there is a notice, which the driver would log as a warning.
        Uni<Void> chain = execute(session, "set client_min_messages to warning");
        for (Live table : TABLES) {
            chain = chain.chain(() -> execute(session, "drop table if exists " + table.shadow()))
                    .chain(() -> execute(session, "create table " + table.shadow() + " (like " + table.name()
                            + " including all)"));
            if (table.serialColumn() != null) {
                String sequence = table.shadow() + "_" + table.serialColumn() + "_seq";
                chain = chain.chain(() -> execute(session, "create sequence " + sequence + " owned by "
                                + table.shadow() + "." + table.serialColumn()))
                        .chain(() -> execute(session, "alter table " + table.shadow() + " alter column "
                                + table.serialColumn() + " set default nextval('" + sequence + "')"));
            }
        }
        return chain;
    }

    /**
     * The switch, inside the caller's transaction: locks the live tables, copies the rows the shadows lack (by event
     * id, in their order), drops the old {@code *_previous}, renames live to {@code *_previous} and shadow to live.
     * Answers the rows copied per table.
     */
    static Uni<Map<String, Long>> switchOver(Mutiny.Session session) {
        Map<String, Long> copied = new LinkedHashMap<>();
        StringBuilder names = new StringBuilder();
        TABLES.forEach(table -> names.append(names.isEmpty() ? "" : ", ").append(table.name()));
        Uni<Void> chain = execute(session, "lock table " + names + " in access exclusive mode");
        for (Live table : TABLES) {
            String order = table.serialColumn() == null ? "" : " order by l." + table.serialColumn();
            String select = table.copyColumns().replaceAll("(\\w+)", "l.$1");
            chain = chain.chain(() -> session.createNativeQuery("insert into " + table.shadow() + " ("
                            + table.copyColumns() + ") select " + select + " from " + table.name() + " l where not exists "
                            + "(select 1 from " + table.shadow() + " r where r.event_id = l.event_id)" + order)
                    .executeUpdate()
                    .invoke(rows -> copied.put(table.name(), rows.longValue()))
                    .replaceWithVoid());
        }
        for (Live table : TABLES) {
            chain = chain.chain(() -> execute(session, "drop table if exists " + table.previous()))
                    .chain(() -> renameIndexes(session, table))
                    .chain(() -> execute(session, "alter table " + table.name() + " rename to " + table.previous()))
                    .chain(() -> execute(session, "alter table " + table.shadow() + " rename to " + table.name()));
        }
        return chain.replaceWith(copied);
    }

    /** The names of the live table's indexes (and so its constraints) and sequence go to the shadow's. */
    private static Uni<Void> renameIndexes(Mutiny.Session session, Live table) {
        return indexes(session, table.name()).chain(live -> indexes(session, table.shadow()).chain(shadow -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Map.Entry<String, String> index : live.entrySet()) {
                String liveName = index.getValue();
                String shadowName = shadow.get(index.getKey());
                String previousName = liveName.startsWith(table.name())
                        ? table.previous() + liveName.substring(table.name().length()) : liveName + "_previous";
                chain = chain.chain(() -> execute(session, "alter index " + liveName + " rename to " + previousName));
                if (shadowName != null) {
                    chain = chain.chain(() -> execute(session, "alter index " + shadowName + " rename to " + liveName));
                }
            }
            if (table.serialColumn() != null) {
                String liveSequence = table.name() + "_" + table.serialColumn() + "_seq";
                chain = chain.chain(() -> sequenceOf(session, table.name(), table.serialColumn()))
                        .chain(current -> execute(session, "alter sequence " + current + " rename to "
                                + table.previous() + "_" + table.serialColumn() + "_seq"))
                        .chain(() -> sequenceOf(session, table.shadow(), table.serialColumn()))
                        .chain(current -> execute(session, "alter sequence " + current + " rename to " + liveSequence));
            }
            return chain;
        }));
    }

    /** The table's indexes by the columns they cover, which a LIKE copy keeps. */
    private static Uni<Map<String, String>> indexes(Mutiny.Session session, String table) {
        return session.createNativeQuery("select cast(i.indkey as text), c.relname from pg_index i "
                        + "join pg_class c on c.oid = i.indexrelid where i.indrelid = cast(cast(?1 as text) as regclass) "
                        + "order by c.relname", Object[].class)
                .setParameter(1, table)
                .getResultList()
                .map(rows -> {
                    Map<String, String> byColumns = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        byColumns.put((String) row[0], (String) row[1]);
                    }
                    return byColumns;
                });
    }

    private static Uni<String> sequenceOf(Mutiny.Session session, String table, String column) {
        return session.createNativeQuery("select pg_get_serial_sequence(?1, ?2)", String.class)
                .setParameter(1, table)
                .setParameter(2, column)
                .getSingleResult();
    }

    /** The tables kept from before the last switch. */
    static List<String> previousNames() {
        List<String> names = new ArrayList<>();
        TABLES.forEach(table -> names.add(table.previous()));
        return names;
    }

    private static Uni<Void> execute(Mutiny.Session session, String sql) {
        return session.createNativeQuery(sql).executeUpdate().replaceWithVoid();
    }
}
