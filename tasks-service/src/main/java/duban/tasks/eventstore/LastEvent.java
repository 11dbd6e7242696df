package duban.tasks.eventstore;

/**
 * The last event of one aggregate within a range of global indexes: where its hash chain stood at the end of the
 * range.
 */
public record LastEvent(String aggregateId, long sequence, String hash, long globalIndex) {
}
