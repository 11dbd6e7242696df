package duban.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Creates tasks over HTTP (each with the same lead units) and puts their (task, unit) pairs into the
 * pool: in bulk before the run, and in a background top-up thread that steps in only when the pool runs
 * low during it (its work is not measured but does load the service, so the result says how many tasks
 * it made).
 */
final class PairSupply implements AutoCloseable {

    private final TasksApi api;
    private final PairPool pool;
    private final String planId;
    private final List<String> unitIds;
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicLong tasksCreated = new AtomicLong();
    private final AtomicReference<Exception> topUpFailure = new AtomicReference<>();
    private volatile boolean topUpRunning;
    private Thread topUp;

    /** @param unitIds the lead units of every task (registered units) */
    PairSupply(TasksApi api, PairPool pool, String planId, List<String> unitIds) {
        this.api = api;
        this.pool = pool;
        this.planId = planId;
        this.unitIds = List.copyOf(unitIds);
    }

    /** Registers the {@code count} lead units of this run (names unique to the run) and returns their ids. */
    static List<String> registerUnits(TasksApi api, String run, int count) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            ids.add(api.registerUnit(String.format("负载测试单位 %s-%02d", run, i)));
        }
        return List.copyOf(ids);
    }

    /** Tasks needed for at least this many pairs. */
    static int tasksFor(long pairs, int unitsPerTask) {
        return (int) ((pairs + unitsPerTask - 1) / unitsPerTask);
    }

    /** Creates enough tasks for {@code pairs} more pairs with {@code concurrency} callers, then adds them as one batch. */
    void fill(long pairs, int concurrency) throws Exception {
        int tasks = tasksFor(pairs, unitIds.size());
        ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            Thread worker = new Thread(() -> {
                while (failure.get() == null && next.getAndIncrement() < tasks) {
                    try {
                        created.add(createOne());
                    } catch (Exception e) {
                        failure.compareAndSet(null, e);
                    }
                }
            }, "create-tasks-" + w);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        pool.addInterleaved(List.copyOf(created), unitIds);
    }

    /** Starts the background thread that adds {@code batchTasks} tasks whenever fewer than {@code lowWatermark} pairs remain. */
    void startTopUp(long lowWatermark, int batchTasks) {
        topUpRunning = true;
        topUp = new Thread(() -> {
            while (topUpRunning) {
                try {
                    if (pool.remaining() < lowWatermark) {
                        List<String> batch = new ArrayList<>(batchTasks);
                        for (int i = 0; i < batchTasks && topUpRunning; i++) {
                            batch.add(createOne());
                        }
                        pool.addInterleaved(batch, unitIds);
                    } else {
                        Thread.sleep(100);
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    topUpFailure.compareAndSet(null, e);
                    return;
                }
            }
        }, "top-up-pairs");
        topUp.setDaemon(true);
        topUp.start();
    }

    /** Tasks created so far, in bulk and by the top-up thread. */
    long tasksCreated() {
        return tasksCreated.get();
    }

    /** Why the top-up thread stopped early, if it did. */
    Exception topUpFailure() {
        return topUpFailure.get();
    }

    @Override
    public void close() throws InterruptedException {
        topUpRunning = false;
        if (topUp != null) {
            topUp.interrupt();
            topUp.join(10_000);
        }
    }

    private String createOne() throws Exception {
        int n = sequence.incrementAndGet();
        String id = api.createTask(planId, "L." + n, "负载测试任务 " + n, unitIds);
        tasksCreated.incrementAndGet();
        return id;
    }
}
