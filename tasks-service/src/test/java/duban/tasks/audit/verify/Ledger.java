package duban.tasks.audit.verify;

import duban.tasks.audit.chain.ChainHash;
import duban.tasks.audit.checkpoint.Checkpoint;
import duban.tasks.audit.checkpoint.Head;
import duban.tasks.audit.checkpoint.HeadsDigest;
import duban.tasks.eventstore.ChainedEvent;
import duban.tasks.eventstore.EventRow;
import duban.tasks.eventstore.Rows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An event store in memory, chained and checkpointed the way the real one is, that tests then tamper
 * with. Checkpoint digests are computed from scratch over all heads, independently of the verifier's
 * incremental digest.
 */
final class Ledger {

    private final TreeMap<Long, ChainedEvent> rows = new TreeMap<>();
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private final Map<String, Head> heads = new HashMap<>();
    private final Map<String, Head> movedSinceCheckpoint = new LinkedHashMap<>();
    private long nextIndex = 1;

    /** Appends the aggregate's next event and returns its global index. */
    long append(String aggregateId) {
        Head head = heads.get(aggregateId);
        long sequence = head == null ? 0 : head.sequence() + 1;
        String prevHash = head == null ? ChainHash.GENESIS : head.hash();
        EventRow row = row(nextIndex++, aggregateId, sequence, "{\"text\":\"进展 " + sequence + "\"}");
        String hash = ChainHash.of(prevHash, row);
        rows.put(row.globalIndex(), new ChainedEvent(row, prevHash, hash));
        Head moved = new Head(aggregateId, sequence, hash, row.globalIndex());
        heads.put(aggregateId, moved);
        movedSinceCheckpoint.put(aggregateId, moved);
        return row.globalIndex();
    }

    /** Skips a global index, as a rolled-back transaction does. */
    long gap() {
        return nextIndex++;
    }

    Checkpoint checkpoint() {
        long upTo = nextIndex - 1;
        Checkpoint previous = checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1);
        List<Head> changed = movedSinceCheckpoint.values().stream().sorted(Head.ORDER).toList();
        String digest = digestOfAllHeads();
        long number = previous == null ? 1 : previous.number() + 1;
        String prevHash = previous == null ? Checkpoint.GENESIS : previous.hash();
        Instant at = Instant.parse("2017-11-20T04:00:00Z").plusSeconds(number);
        Checkpoint checkpoint = new Checkpoint(number, upTo, digest, changed, prevHash,
                Checkpoint.hashOf(number, upTo, digest, changed, prevHash, at), at);
        checkpoints.add(checkpoint);
        movedSinceCheckpoint.clear();
        return checkpoint;
    }

    ChainedEvent at(long globalIndex) {
        return rows.get(globalIndex);
    }

    void put(ChainedEvent event) {
        rows.put(event.row().globalIndex(), event);
    }

    void delete(long globalIndex) {
        rows.remove(globalIndex);
    }

    void swap(long a, long b) {
        ChainedEvent first = rows.remove(a);
        ChainedEvent second = rows.remove(b);
        put(moved(first, b));
        put(moved(second, a));
    }

    void replaceCheckpoint(int position, Checkpoint checkpoint) {
        checkpoints.set(position, checkpoint);
    }

    void deleteCheckpoint(int position) {
        checkpoints.remove(position);
    }

    Checkpoint checkpointAt(int position) {
        return checkpoints.get(position);
    }

    VerifyReport verify() {
        Successors successors = (aggregateId, sequence) -> rows.values().stream()
                .filter(e -> e.row().aggregateId().equals(aggregateId) && e.row().sequence() > sequence)
                .min(Comparator.comparingLong(e -> e.row().sequence()))
                .map(e -> new Head(aggregateId, e.row().sequence(), e.hash(), e.row().globalIndex()));
        return new ChainWalk(successors).walk(rowsOf(rows.values()), rowsOf(checkpoints));
    }

    static EventRow row(long globalIndex, String aggregateId, long sequence, String payload) {
        return new EventRow(globalIndex, UUID.nameUUIDFromBytes((aggregateId + sequence).getBytes()).toString(),
                aggregateId, sequence, "Task", "2017-11-20T04:0" + (sequence % 10) + ":00Z",
                "duban.task.progress-reported.v1", "1", payload, "{\"actorUser\":\"li.na\"}");
    }

    static ChainedEvent withPayload(ChainedEvent event, String payload) {
        EventRow r = event.row();
        return new ChainedEvent(new EventRow(r.globalIndex(), r.eventId(), r.aggregateId(), r.sequence(),
                r.aggregateType(), r.timestamp(), r.payloadType(), r.payloadRevision(), payload, r.metaData()),
                event.prevHash(), event.hash());
    }

    static ChainedEvent moved(ChainedEvent event, long globalIndex) {
        EventRow r = event.row();
        return new ChainedEvent(new EventRow(globalIndex, r.eventId(), r.aggregateId(), r.sequence(),
                r.aggregateType(), r.timestamp(), r.payloadType(), r.payloadRevision(), r.payload(), r.metaData()),
                event.prevHash(), event.hash());
    }

    static ChainedEvent rehashed(ChainedEvent event) {
        return new ChainedEvent(event.row(), event.prevHash(), ChainHash.of(event.prevHash(), event.row()));
    }

    private String digestOfAllHeads() {
        String[] buckets = new String[HeadsDigest.BUCKETS];
        Arrays.fill(buckets, HeadsDigest.EMPTY_BUCKET);
        Map<Integer, List<Head>> byBucket = new HashMap<>();
        heads.values().forEach(h -> byBucket.computeIfAbsent(HeadsDigest.bucketOf(h.aggregateId()),
                b -> new ArrayList<>()).add(h));
        byBucket.forEach((bucket, list) -> buckets[bucket] = HeadsDigest.bucket(list.stream().sorted(Head.ORDER).toList()));
        return HeadsDigest.root(buckets);
    }

    private static <T> Rows<T> rowsOf(Iterable<T> values) {
        List<T> copy = new ArrayList<>();
        values.forEach(copy::add);
        Iterator<T> iterator = copy.iterator();
        return new Rows<>() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public T next() {
                return iterator.next();
            }
        };
    }
}
