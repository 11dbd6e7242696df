package duban.consumer;

import java.time.Instant;
import java.util.Map;

/**
 * One measure of how far the consumer is behind the ledger topic.
 *
 * @param partitions       records not yet applied, per partition
 * @param appliedPerSecond events applied per second since the previous measure
 * @param at               when it was measured
 */
public record LagMeasured(Map<Integer, Long> partitions, double appliedPerSecond, Instant at) {

    /** Records not yet applied, over all partitions. */
    public long total() {
        return partitions.values().stream().mapToLong(Long::longValue).sum();
    }
}
