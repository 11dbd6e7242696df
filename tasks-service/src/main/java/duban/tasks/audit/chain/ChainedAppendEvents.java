package duban.tasks.audit.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Axon's append statement with the hash chain: the same rows as
 * {@code JdbcEventStorageEngineStatements.appendEvents}, plus an explicit global index and
 * {@code prev_hash} / {@code hash} (see the package description for the layout).
 *
 * <p>Each event is one {@code INSERT … SELECT} that takes the next global index, reads the
 * predecessor's hash ({@code audit_prev_hash}) and hashes the row ({@code audit_event_hash}), so an
 * append costs no round trip of its own before the insert. The events of one append go as one JDBC
 * batch of such statements, in order: each sees the rows of the statements before it.
 *
 * <p>The timestamp is written as {@link DateTimeUtils#formatInstant} text, as Axon's own
 * {@link TimestampWriter} for a text column does, but here directly: the hash must cover exactly the
 * text stored. Payload and metadata must be stored as text ({@code dataType(String.class)}) for the
 * same reason.
 */
public class ChainedAppendEvents implements AppendEventsStatementBuilder {

    /** The SQLSTATE with which the store refuses to append to an aggregate whose predecessor is missing (V7). */
    public static final String BROKEN_CHAIN = "DU001";

    /** The insert, built once: it names the global index column's own sequence, looked up on first use. */
    private volatile String insertStatement;

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        if (dataType != String.class) {
            throw new IllegalStateException("the hash chain covers payloads stored as text, not " + dataType);
        }
        PreparedStatement insert = connection.prepareStatement(insertStatement(connection, schema));
        try {
            for (EventMessage<?> message : events) {
                DomainEventMessage<?> event = asDomainEventMessage(message);
                SerializedObject<?> payload = event.serializePayload(serializer, dataType);
                SerializedObject<?> metaData = event.serializeMetaData(serializer, dataType);
                insert.setString(1, event.getIdentifier());
                insert.setString(2, event.getAggregateIdentifier());
                insert.setLong(3, event.getSequenceNumber());
                insert.setString(4, event.getType());
                insert.setString(5, DateTimeUtils.formatInstant(event.getTimestamp()));
                insert.setString(6, payload.getType().getName());
                insert.setString(7, payload.getType().getRevision());
                insert.setString(8, (String) payload.getData());
                insert.setString(9, (String) metaData.getData());
                insert.addBatch();
            }
            return insert;
        } catch (SQLException | RuntimeException e) {
            insert.close();
            throw e;
        }
    }

    private String insertStatement(Connection connection, EventSchema schema) throws SQLException {
        String statement = insertStatement;
        if (statement == null) {
            statement = insertStatement(schema, globalIndexSequence(connection, schema));
            insertStatement = statement;
        }
        return statement;
    }

    /**
     * The global index comes from the column's own sequence ({@code nextval}), so order, gaps after a
     * rollback and Axon's gap-aware tracking are exactly what the column default would give; the
     * materialised row fixes it once for both the column and the hash.
     */
    private static String insertStatement(EventSchema schema, String sequence) {
        return "WITH e AS MATERIALIZED (SELECT nextval('" + sequence.replace("'", "''") + "'::regclass) AS global_index,"
                + " ?::text AS event_identifier,"
                + " ?::text AS aggregate_identifier, ?::bigint AS sequence_number, ?::text AS type,"
                + " ?::text AS time_stamp, ?::text AS payload_type, ?::text AS payload_revision,"
                + " ?::text AS payload, ?::text AS meta_data),"
                + " p AS MATERIALIZED (SELECT audit_prev_hash(e.aggregate_identifier, e.sequence_number) AS prev_hash"
                + " FROM e)"
                + " INSERT INTO " + schema.domainEventTable() + " (" + schema.globalIndexColumn() + ", "
                + schema.domainEventFields() + ", prev_hash, hash)"
                + " SELECT e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, e.type,"
                + " e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data, p.prev_hash,"
                + " audit_event_hash(p.prev_hash, e.event_identifier, e.aggregate_identifier, e.sequence_number,"
                + " e.type, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data, e.global_index)"
                + " FROM e, p";
    }

    private static String globalIndexSequence(Connection connection, EventSchema schema) throws SQLException {
        String sequence;
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
            statement.setString(1, schema.domainEventTable());
            statement.setString(2, schema.globalIndexColumn());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                sequence = rows.getString(1);
            }
        }
        if (sequence == null) {
            throw new IllegalStateException(schema.domainEventTable() + "." + schema.globalIndexColumn()
                    + " has no sequence of its own");
        }
        return sequence;
    }

    /** Whether an append failed because the aggregate's chain is broken in the store. */
    public static boolean refusedForBrokenChain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // A failed JDBC batch reports the failing statement's error as its "next exception".
            for (SQLException sql = cause instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
                if (BROKEN_CHAIN.equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** As Axon stores an event outside an aggregate: its own aggregate, at sequence 0, without a type. */
    private static <T> DomainEventMessage<T> asDomainEventMessage(EventMessage<T> event) {
        return event instanceof DomainEventMessage<T> domain
                ? domain
                : new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }
}
