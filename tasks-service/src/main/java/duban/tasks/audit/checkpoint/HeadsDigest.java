package duban.tasks.audit.checkpoint;

import duban.tasks.audit.chain.CanonicalDigest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.List;

/**
 * The digest over every aggregate's head, built from 256 bucket digests so that it can be updated by
 * recomputing only the buckets whose heads moved (see the package description).
 */
public final class HeadsDigest {

    public static final int BUCKETS = 256;

    private static final String BUCKET_TAG = "duban.audit.heads-bucket.v1";
    private static final String ROOT_TAG = "duban.audit.heads.v1";

    /** The digest of a bucket without heads. */
    public static final String EMPTY_BUCKET = bucket(List.of());

    private HeadsDigest() {
    }

    /** The bucket of an aggregate: the first byte of SHA-256 over its id's UTF-8 bytes. */
    public static int bucketOf(String aggregateId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(aggregateId.getBytes(StandardCharsets.UTF_8));
            return digest[0] & 0xff;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The digest of one bucket's heads, which must be given in {@link Head#ORDER}. */
    public static String bucket(Collection<Head> headsInOrder) {
        CanonicalDigest digest = new CanonicalDigest(BUCKET_TAG).field(headsInOrder.size());
        for (Head head : headsInOrder) {
            digest.field(head.aggregateId()).field(head.sequence()).field(head.hash()).field(head.globalIndex());
        }
        return digest.hex();
    }

    /** The heads digest over all buckets' digests, bucket 0 first. */
    public static String root(String[] bucketDigests) {
        if (bucketDigests.length != BUCKETS) {
            throw new IllegalArgumentException("expected " + BUCKETS + " bucket digests");
        }
        CanonicalDigest digest = new CanonicalDigest(ROOT_TAG);
        for (String bucket : bucketDigests) {
            digest.field(bucket);
        }
        return digest.hex();
    }
}
