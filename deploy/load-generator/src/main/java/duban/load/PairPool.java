package duban.load;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The (task, unit) pairs not reported on yet. A pair leaves the pool when taken and never comes back,
 * so no report of a run repeats a pair (which the service would answer with 409).
 *
 * <p>Pairs go in unit by unit across a batch of tasks: consecutive reports land on different tasks,
 * so concurrent clients do not queue on one aggregate.
 */
final class PairPool {

    private final LinkedBlockingQueue<TaskPair> pairs = new LinkedBlockingQueue<>();
    private final AtomicLong added = new AtomicLong();

    /** Adds every (task, unit) pair of the batch, interleaved: all tasks for the first unit, then the second, … */
    void addInterleaved(List<String> taskIds, List<String> unitIds) {
        for (String unit : unitIds) {
            for (String task : taskIds) {
                pairs.add(new TaskPair(task, unit));
            }
        }
        added.addAndGet((long) taskIds.size() * unitIds.size());
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
