package duban.tasks.audit.chain;

import duban.tasks.eventstore.ChainedEvent;
import duban.tasks.eventstore.EventRow;

/** The hash of one stored event in its aggregate's chain; the layout is in the package description. */
public final class ChainHash {

    /** The previous hash of an aggregate's first event (sequence 0). */
    public static final String GENESIS = "0".repeat(64);

    private static final String TAG = "duban.audit.event.v1";

    private ChainHash() {
    }

    public static String of(String prevHash, EventRow row) {
        return new CanonicalDigest(TAG)
                .field(prevHash)
                .field(row.eventId())
                .field(row.aggregateId())
                .field(row.sequence())
                .field(row.aggregateType())
                .field(row.timestamp())
                .field(row.payloadType())
                .field(row.payloadRevision())
                .field(row.payload())
                .field(row.metaData())
                .field(row.globalIndex())
                .hex();
    }

    /** Whether the row's stored hash is the hash of its stored prev_hash and content. */
    public static boolean holds(ChainedEvent event) {
        return event.hash() != null && event.hash().equals(of(event.prevHash(), event.row()));
    }
}
