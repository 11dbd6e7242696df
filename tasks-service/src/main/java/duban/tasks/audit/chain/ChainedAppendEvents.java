package duban.tasks.audit.chain;

import duban.tasks.audit.store.EventRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * <p>The timestamp is written as {@link DateTimeUtils#formatInstant} text, as Axon's own
 * {@link TimestampWriter} for a text column does, but here directly: the hash must cover exactly the
 * text stored. Payload and metadata must be stored as text ({@code dataType(String.class)}) for the
 * same reason.
 */
public class ChainedAppendEvents implements AppendEventsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        if (dataType != String.class) {
            throw new IllegalStateException("the hash chain covers payloads stored as text, not " + dataType);
        }
        List<DomainEventMessage<?>> domainEvents = events.stream()
                .<DomainEventMessage<?>>map(ChainedAppendEvents::asDomainEventMessage).toList();
        AppendAllocation allocation = AppendAllocation.fetch(connection, schema, domainEvents);

        PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema.domainEventTable() + " ("
                + schema.globalIndexColumn() + ", " + schema.domainEventFields() + ", prev_hash, hash) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        try {
            Map<String, Head> heads = new HashMap<>();
            for (int i = 0; i < domainEvents.size(); i++) {
                DomainEventMessage<?> event = domainEvents.get(i);
                SerializedObject<?> payload = event.serializePayload(serializer, dataType);
                SerializedObject<?> metaData = event.serializeMetaData(serializer, dataType);
                EventRow row = new EventRow(allocation.globalIndex(i), event.getIdentifier(),
                        event.getAggregateIdentifier(), event.getSequenceNumber(), event.getType(),
                        DateTimeUtils.formatInstant(event.getTimestamp()), payload.getType().getName(),
                        payload.getType().getRevision(), (String) payload.getData(), (String) metaData.getData());
                String prevHash = prevHash(row, heads.get(row.aggregateId()), allocation);
                String hash = ChainHash.of(prevHash, row);
                heads.put(row.aggregateId(), new Head(row.sequence(), hash));

                insert.setLong(1, row.globalIndex());
                insert.setString(2, row.eventId());
                insert.setString(3, row.aggregateId());
                insert.setLong(4, row.sequence());
                insert.setString(5, row.aggregateType());
                insert.setString(6, row.timestamp());
                insert.setString(7, row.payloadType());
                insert.setString(8, row.payloadRevision());
                insert.setString(9, row.payload());
                insert.setString(10, row.metaData());
                insert.setString(11, prevHash);
                insert.setString(12, hash);
                insert.addBatch();
            }
            return insert;
        } catch (SQLException | RuntimeException e) {
            insert.close();
            throw e;
        }
    }

    /**
     * The previous hash of a row: the batch's own previous event of the aggregate, the stored
     * predecessor, or the genesis value for sequence 0. An aggregate whose predecessor is missing has
     * a broken chain already; appending to it would hide that, so the append fails instead.
     */
    private static String prevHash(EventRow row, Head inBatch, AppendAllocation allocation) {
        if (inBatch != null) {
            if (inBatch.sequence() != row.sequence() - 1) {
                throw new IllegalStateException("events of aggregate " + row.aggregateId()
                        + " are not consecutive in one append: " + inBatch.sequence() + " then " + row.sequence());
            }
            return inBatch.hash();
        }
        if (row.sequence() == 0) {
            return ChainHash.GENESIS;
        }
        String stored = allocation.predecessorHash(row.aggregateId());
        if (stored == null) {
            throw new IllegalStateException("cannot chain event " + row.sequence() + " of aggregate "
                    + row.aggregateId() + ": its predecessor is not in the store");
        }
        return stored;
    }

    /** As Axon stores an event outside an aggregate: its own aggregate, at sequence 0, without a type. */
    private static <T> DomainEventMessage<T> asDomainEventMessage(EventMessage<T> event) {
        return event instanceof DomainEventMessage<T> domain
                ? domain
                : new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }

    private record Head(long sequence, String hash) {
    }
}
