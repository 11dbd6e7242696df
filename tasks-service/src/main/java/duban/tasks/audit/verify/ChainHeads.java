package duban.tasks.audit.verify;

import duban.tasks.audit.checkpoint.Head;
import duban.tasks.audit.checkpoint.HeadsDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every aggregate's head as the walk has seen it so far, in the 256 buckets of the heads digest, and
 * the first move of each aggregate since the last checkpoint. Only moved buckets are rehashed when a
 * checkpoint asks for the digest.
 */
final class ChainHeads {

    private final Map<String, Tracked> heads = new HashMap<>();
    private final List<TreeMap<String, Head>> buckets = new ArrayList<>(HeadsDigest.BUCKETS);
    private final String[] bucketDigests = new String[HeadsDigest.BUCKETS];
    private final BitSet moved = new BitSet(HeadsDigest.BUCKETS);
    private final Map<String, Head> firstMoveInWindow = new LinkedHashMap<>();

    ChainHeads() {
        for (int i = 0; i < HeadsDigest.BUCKETS; i++) {
            buckets.add(new TreeMap<>(Head.ID_ORDER));
        }
        Arrays.fill(bucketDigests, HeadsDigest.EMPTY_BUCKET);
    }

    /** The aggregate's head, or null when none of its events has been seen. */
    Head get(String aggregateId) {
        Tracked tracked = heads.get(aggregateId);
        return tracked == null ? null : tracked.head();
    }

    /** Moves an aggregate's head to the event just checked. */
    void advance(Head head) {
        Tracked previous = heads.get(head.aggregateId());
        int bucket = previous != null ? previous.bucket() : HeadsDigest.bucketOf(head.aggregateId());
        heads.put(head.aggregateId(), new Tracked(head, bucket));
        buckets.get(bucket).put(head.aggregateId(), head);
        moved.set(bucket);
        firstMoveInWindow.putIfAbsent(head.aggregateId(), head);
    }

    /** For each aggregate that moved since the window started, its first event in the window. */
    Map<String, Head> firstMovesInWindow() {
        return firstMoveInWindow;
    }

    /** Starts the window of the next checkpoint. */
    void startWindow() {
        firstMoveInWindow.clear();
    }

    /** The digest over every head, as a checkpoint's {@code heads_digest}. */
    String digest() {
        for (int bucket = moved.nextSetBit(0); bucket >= 0; bucket = moved.nextSetBit(bucket + 1)) {
            bucketDigests[bucket] = HeadsDigest.bucket(buckets.get(bucket).values());
        }
        moved.clear();
        return HeadsDigest.root(bucketDigests);
    }

    /** A head and its bucket, which costs a SHA-256 to find and so is found once per aggregate. */
    private record Tracked(Head head, int bucket) {
    }
}
