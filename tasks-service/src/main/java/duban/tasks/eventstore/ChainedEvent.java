package duban.tasks.eventstore;

/** A stored event with the two hashes its row carries. */
public record ChainedEvent(EventRow row, String prevHash, String hash) {
}
