package duban.tasks.infrastructure.axon;

import duban.tasks.eventstore.EventTable;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

/**
 * The snake_case table and column names created by the Flyway migrations. Axon's defaults are
 * camelCase, which PostgreSQL folds to lower case, so every name is set explicitly. The event table's
 * name comes from the gateway that reads it ({@link EventTable}), so that Axon and the gateway can
 * never name two tables.
 */
final class EventStoreSchema {

    private EventStoreSchema() {
    }

    static EventSchema events() {
        return EventSchema.builder()
                .eventTable(EventTable.NAME)
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .metaDataColumn("meta_data")
                .payloadColumn("payload")
                .payloadRevisionColumn("payload_revision")
                .payloadTypeColumn("payload_type")
                .timestampColumn("time_stamp")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .build();
    }

    static TokenSchema tokens() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }
}
