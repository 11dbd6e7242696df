package duban.tasks.eventstore;

/**
 * One stored event exactly as its columns hold it, as text: what the hash chain covers. Nullable
 * columns ({@code aggregateType} for events outside an aggregate, {@code payloadRevision},
 * {@code metaData}) stay null rather than empty, because the canonical form tells the two apart.
 *
 * @param timestamp the {@code time_stamp} column: ISO-8601 text as Axon wrote it
 * @param payload   the payload JSON as stored
 */
public record EventRow(long globalIndex, String eventId, String aggregateId, long sequence, String aggregateType,
                       String timestamp, String payloadType, String payloadRevision, String payload,
                       String metaData) {
}
