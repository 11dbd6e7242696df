package duban.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How the consumer of the ledger topic is doing, for readiness and meters: events applied, records skipped by reason,
 * the last offset applied per partition, and the event it is stuck on, if any. Written by the consumer only.
 */
@ApplicationScoped
public class LedgerConsumption {

    /** A record that is not a CloudEvent. */
    public static final String UNDECODABLE = "undecodable";
    /** A CloudEvent of a type this build does not know. */
    public static final String UNKNOWN_TYPE = "unknown-type";

    private final AtomicLong applied = new AtomicLong();
    private final Map<String, AtomicLong> skipped = new ConcurrentHashMap<>();
    private final Map<Integer, Long> lastOffsets = new ConcurrentHashMap<>();
    private final AtomicReference<StuckEvent> stuck = new AtomicReference<>();

    void applied(int events) {
        applied.addAndGet(events);
    }

    void skipped(String reason) {
        skippedCounter(reason).incrementAndGet();
    }

    void committed(int partition, long offset) {
        lastOffsets.merge(partition, offset, Math::max);
    }

    void failed(StuckEvent event) {
        stuck.set(event);
    }

    void cleared() {
        stuck.set(null);
    }

    /** Events applied for the first time since start. */
    public long applied() {
        return applied.get();
    }

    /** The counter of records skipped for this reason ({@link #UNDECODABLE}, {@link #UNKNOWN_TYPE}). */
    public AtomicLong skippedCounter(String reason) {
        return skipped.computeIfAbsent(reason, r -> new AtomicLong());
    }

    /** Records skipped since start, by reason. */
    public Map<String, Long> skipped() {
        Map<String, Long> counts = new TreeMap<>();
        skipped.forEach((reason, count) -> counts.put(reason, count.get()));
        return counts;
    }

    /** The offset of the last record committed per partition. */
    public Map<Integer, Long> lastOffsets() {
        return Map.copyOf(lastOffsets);
    }

    /** The event the consumer keeps failing on, if any. */
    public Optional<StuckEvent> stuck() {
        return Optional.ofNullable(stuck.get());
    }
}
