package duban.load;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The (task, unit) pairs not reported on yet. A pair leaves the pool when taken and never comes back,
 * so no report of a run repeats a pair (which the service would answer with 409).
 *
 * <p>Pairs go in along diagonals of the (task, unit) grid across a batch of tasks: consecutive reports
 * land on different tasks, so concurrent clients do not queue on one aggregate, and are sent by different
 * units, so that each unit's token carries a share of the load as real clerks do (writes are limited per
 * token).
 */
final class PairPool {

    private final LinkedBlockingQueue<TaskPair> pairs = new LinkedBlockingQueue<>();
    private final AtomicLong added = new AtomicLong();

    /**
     * Adds every (task, unit) pair of the batch: the i-th task with the (i + d)-th unit, for each shift d
     * in turn: within one shift, any run of consecutive pairs no longer than either list names distinct tasks
     * and distinct units.
     */
    void addInterleaved(List<String> taskIds, List<String> unitIds) {
        int units = unitIds.size();
        for (int shift = 0; shift < units; shift++) {
            for (int task = 0; task < taskIds.size(); task++) {
                pairs.add(new TaskPair(taskIds.get(task), unitIds.get((task + shift) % units)));
            }
        }
        added.addAndGet((long) taskIds.size() * units);
    }

    /** The next unused pair, or null when none arrives within the wait. */
    TaskPair take(long wait, TimeUnit unit) throws InterruptedException {
        return pairs.poll(wait, unit);
    }

    /** Pairs still available. */
    int remaining() {
        return pairs.size();
    }

    /** Pairs ever added. */
    long added() {
        return added.get();
    }
}
