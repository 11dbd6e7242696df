package duban.tasks.audit.checkpoint;

import duban.tasks.audit.chain.CanonicalDigest;
import java.time.Instant;
import java.util.List;

/**
 * One stored checkpoint (see the package description).
 *
 * @param changedHeads the heads that moved since the previous checkpoint in {@link Head#ORDER}; null
 *                     when the stored list cannot be read (which then fails the hash check)
 * @param createdAt    to the microsecond, as PostgreSQL keeps it
 */
public record Checkpoint(long number, long upToGlobalIndex, String headsDigest, List<Head> changedHeads,
                         String prevHash, String hash, Instant createdAt) {

    /** The previous hash of the first checkpoint. */
    public static final String GENESIS = "0".repeat(64);

    private static final String TAG = "duban.audit.checkpoint.v1";

    /** The hash of a checkpoint's content: every field but the hash, the changed heads counted and in order. */
    public static String hashOf(long number, long upToGlobalIndex, String headsDigest, List<Head> changedHeads,
                                String prevHash, Instant createdAt) {
        CanonicalDigest digest = new CanonicalDigest(TAG)
                .field(number)
                .field(upToGlobalIndex)
                .field(headsDigest)
                .field(changedHeads.size());
        for (Head head : changedHeads) {
            digest.field(head.aggregateId()).field(head.sequence()).field(head.hash()).field(head.globalIndex());
        }
        return digest.field(prevHash).field(createdAt.toString()).hex();
    }

    /** Whether the stored hash is the hash of the stored content. */
    public boolean holds() {
        return changedHeads != null && hash != null
                && hash.equals(hashOf(number, upToGlobalIndex, headsDigest, changedHeads, prevHash, createdAt));
    }
}
