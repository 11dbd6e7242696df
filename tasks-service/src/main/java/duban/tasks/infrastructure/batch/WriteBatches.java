package duban.tasks.infrastructure.batch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Status;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the writes that arrive together in one transaction with one commit, so that a batch shares the commit (and its
 * wait for the disk) instead of every write paying for its own.
 *
 * <p>No write waits for a batch to fill: a write that finds a lane free runs at once, as a batch of one; the writes
 * that arrive while every lane runs a batch wait, and when a lane's batch is done the first of them leads them all (up
 * to {@code duban.writes.group-commit.max-commands}) as the lane's next batch. A batch runs its writes one after the
 * other, in their order of arrival, each on its own request thread (its request scope, trace and security context
 * stay where they are): the transaction is handed from thread to thread, so each write sees what the writes before it
 * stored, exactly as if they had committed just before it.
 *
 * <p>{@code duban.writes.group-commit.lanes} batches may run at once, each in a transaction of its own, so that one
 * runs its writes while another waits for its commit. A write names the task it changes (its route), and every write on
 * one task goes to the same lane: otherwise a write of one lane could hold Axon's lock on a task while it waits for the
 * other lane's uncommitted event of that task, while a later write of that other lane waits for the same lock, a cycle
 * neither Axon nor PostgreSQL sees (both transactions would wait until Axon gives up, after ten minutes). A write that
 * names no task (a plan, a unit, an import, a new task) may change any aggregate, so it runs while no lane does: it
 * waits until the lanes' batches end, and the writes that arrive meanwhile wait behind it, so neither kind starves the
 * other. Waits between lanes are then only on rows, which PostgreSQL sees and breaks (a write that loses is refused on
 * its own and its batch runs again without it).
 *
 * <p>Every write is answered only after the batch that holds it committed. A write that fails on its own (its
 * command refused, a stale {@code If-Match}, a sequence number taken by another replica, anything that marks the
 * transaction rollback-only) rolls the batch back and is held out of it: the others run again without it, so one bad
 * write never fails its neighbours, and its failure is its answer once they committed, every write before it having
 * run again as when it failed (the failure is then exactly what a run after them answers; it is not run twice). A
 * failure the database has for every write (unreachable, a broken connection) is the failing write's answer, and every
 * other write of the batch runs alone, as it would have without batches. A commit that fails answers the failure to
 * every write of the batch: whether the database kept it is then unknown, as it is for a single write, and running
 * them again could store one twice.
 *
 * <p>A batch of more than one write shares what its writes would each send the database alone
 * ({@link SharedStatements}): their Idempotency-Keys claimed in one statement at its start, their events appended in
 * one JDBC batch at its end. A shared statement that fails rolls the batch back and it runs again with each write
 * sending its own ({@code duban.writes.group-commit.shared-statements=false} turns sharing off).
 */
@Singleton
public class WriteBatches {

    private static final Logger LOG = Logger.getLogger(WriteBatches.class);

    @Inject
    TransactionManager jta;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "duban.writes.group-commit.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "duban.writes.group-commit.max-commands", defaultValue = "64")
    int maxCommands;

    @ConfigProperty(name = "duban.writes.group-commit.lanes", defaultValue = "2")
    int lanes;

    @ConfigProperty(name = "duban.writes.group-commit.shared-statements", defaultValue = "true")
    boolean sharing;

    @Inject
    @Any
    Instance<SharedStatements> sharedStatementBeans;

    private List<SharedStatements> sharedStatements;

    private final ReentrantLock lock = new ReentrantLock();
    /** Guarded by {@link #lock}, as is everything in them. */
    private Lane[] lanesByRoute;
    /** The writes that name no task, when there is more than one lane; they run while no lane does. */
    private final Lane unrouted = new Lane();

    private DistributionSummary batchSizes;
    private Counter batchesRolledBack;
    private Counter writesRunAlone;
    private Counter batchesUnshared;

    @jakarta.annotation.PostConstruct
    void setUp() {
        sharedStatements = sharing ? sharedStatementBeans.stream().toList() : List.of();
        if (lanes < 1) {
            throw new IllegalStateException("duban.writes.group-commit.lanes must be at least 1, not " + lanes);
        }
        lanesByRoute = new Lane[lanes];
        for (int i = 0; i < lanes; i++) {
            lanesByRoute[i] = new Lane();
        }
        batchSizes = DistributionSummary.builder("duban.writes.batch.commands")
                .description("Writes committed together, per committed batch").register(meters);
        batchesRolledBack = Counter.builder("duban.writes.batch.rolled-back")
                .description("Batches rolled back because one of their writes failed, then run again without it")
                .register(meters);
        writesRunAlone = Counter.builder("duban.writes.batch.run-alone")
                .description("Writes taken out of a batch and run in a transaction of their own").register(meters);
        batchesUnshared = Counter.builder("duban.writes.batch.unshared")
                .description("Batches run again with each write sending its own statements, a shared one having failed")
                .register(meters);
    }

    /**
     * Runs {@code work} in a transaction shared with the writes that arrive meanwhile and answers once that
     * transaction committed. {@code failsEveryWrite} tells a failure the database has for every write (it is
     * unreachable, the connection broke) from one of this write's own (its command refused, a key taken).
     */
    public <T> T run(Callable<T> work, Predicate<Throwable> failsEveryWrite) {
        return run(work, failsEveryWrite, null, null);
    }

    /**
     * As {@link #run(Callable, Predicate)}, telling the batch's shared statements {@code tag} (what they need of the
     * write before it runs: its Idempotency-Key, say; null for nothing), for a write that changes only the task
     * {@code route} names (null: it may change any aggregate).
     */
    public <T> T run(Callable<T> work, Predicate<Throwable> failsEveryWrite, Object tag, String route) {
        if (!enabled) {
            return alone(work);
        }
        if (inTransaction()) {
            // Whoever began it commits it: the write is theirs, not a batch's.
            return call(work);
        }
        Write<T> write = new Write<>(work, failsEveryWrite, tag, lock.newCondition());
        lock.lock();
        try {
            write.lane = laneOf(route);
            if (mayStart(write.lane)) {
                // Nobody waits while the lane is free (so nothing is queued there): a batch of one, at once.
                start(write.lane, new ArrayList<>(List.of(write)));
            } else {
                write.lane.waiting.add(write);
            }
            while (true) {
                switch (write.turn) {
                    case WAIT -> write.signal.awaitUninterruptibly();
                    case RUN -> {
                        lock.unlock();
                        try {
                            write.runIn(jta);
                        } finally {
                            lock.lock();
                        }
                        write.turn = Turn.WAIT;
                        write.ran = true;
                        write.leader.signal.signal();
                    }
                    case LEAD -> {
                        write.turn = Turn.WAIT;
                        lock.unlock();
                        try {
                            lead(write);
                        } finally {
                            lock.lock();
                        }
                    }
                    case DONE -> {
                        return write.answer();
                    }
                    case ALONE -> {
                        lock.unlock();
                        try {
                            write.runAlone();
                        } finally {
                            lock.lock();
                        }
                        write.turn = Turn.DONE;
                        write.leader.signal.signal();
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many writes wait for a batch (for tests that line writes up behind one). */
    int waiting() {
        lock.lock();
        try {
            int waiting = unrouted.waiting.size();
            for (Lane lane : lanesByRoute) {
                waiting += lane.waiting.size();
            }
            return waiting;
        } finally {
            lock.unlock();
        }
    }

    /** The lane a write naming {@code route} runs in, as a number (for tests that hold a batch in each lane). */
    int laneNumber(String route) {
        Lane lane = laneOf(route);
        for (int i = 0; i < lanesByRoute.length; i++) {
            if (lanesByRoute[i] == lane) {
                return i;
            }
        }
        return -1;
    }

    /** One lane takes every write; with more, a task's writes take the lane of its id and the others none. */
    private Lane laneOf(String route) {
        if (lanesByRoute.length == 1) {
            return lanesByRoute[0];
        }
        return route == null ? unrouted : lanesByRoute[Math.floorMod(route.hashCode(), lanesByRoute.length)];
    }

    /** Whether a write for {@code lane} may begin a batch now, nobody waiting before it; under {@link #lock}. */
    private boolean mayStart(Lane lane) {
        if (lane == unrouted) {
            return !unrouted.running && noLaneRuns();
        }
        return !lane.running && !unrouted.running && unrouted.waiting.isEmpty();
    }

    private boolean noLaneRuns() {
        for (Lane lane : lanesByRoute) {
            if (lane.running) {
                return false;
            }
        }
        return true;
    }

    /** Gives {@code batch} to its first write to lead in {@code lane}; under {@link #lock}. */
    private void start(Lane lane, List<Write<?>> batch) {
        lane.running = true;
        Write<?> leader = batch.get(0);
        leader.batch = batch;
        leader.turn = Turn.LEAD;
        leader.signal.signal();
    }

    /** Starts the next batch of the writes waiting for {@code lane}, up to the most a batch takes; under the lock. */
    private void startNext(Lane lane) {
        List<Write<?>> next = new ArrayList<>();
        while (!lane.waiting.isEmpty() && next.size() < maxCommands) {
            next.add(lane.waiting.poll());
        }
        start(lane, next);
    }

    /**
     * Frees {@code done} and starts what may run next: after a lane's batch, the writes naming no task once every lane
     * is free (they came first), else the lane's next batch; after theirs, every lane that has writes waiting (they
     * waited for it), else their next batch. Under {@link #lock}.
     */
    private void handOn(Lane done) {
        done.running = false;
        if (done == unrouted) {
            boolean started = false;
            for (Lane lane : lanesByRoute) {
                if (!lane.waiting.isEmpty()) {
                    startNext(lane);
                    started = true;
                }
            }
            if (!started && !unrouted.waiting.isEmpty()) {
                startNext(unrouted);
            }
        } else if (!unrouted.waiting.isEmpty()) {
            if (noLaneRuns()) {
                startNext(unrouted);
            }
        } else if (!done.waiting.isEmpty()) {
            startNext(done);
        }
    }

    /** How many batches may run at once. */
    int lanes() {
        return lanes;
    }

    /**
     * Runs {@code own}'s batch until every write of it is answered, then hands the lane on ({@link #handOn}): the first
     * of the writes that waited leads them all, taken from the queue at once.
     */
    private void lead(Write<?> own) {
        List<Write<?>> batch = own.batch;
        own.batch = null;
        List<Write<?>> alone = new ArrayList<>();
        Sharing sharing = new Sharing(!sharedStatements.isEmpty());
        try {
            while (runBatch(batch, own, alone, sharing)) {
                batchesRolledBack.increment();
            }
            runAlone(alone, own);
        } finally {
            lock.lock();
            try {
                handOn(own.lane);
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Runs {@code batch} once, skipping the writes held as refused; answers whether it rolled back and must run again.
     *
     * <p>A write that fails on its own is held: it runs no more, and its failure is its answer once the batch commits
     * with every write before it run again just as when it failed. A write before it that fails later changes what it
     * saw, so that write's failure releases the holds after it: they run again. A failure the database has for every
     * write (it is unreachable) is the failing write's answer at once, and the others go to {@code alone}. A shared
     * statement that fails holds no write: the batch runs again, and from then on without sharing.
     */
    private boolean runBatch(List<Write<?>> batch, Write<?> own, List<Write<?>> alone, Sharing sharing) {
        List<Write<?>> running = batch.stream().filter(write -> !write.held).toList();
        if (running.isEmpty()) {
            finish(batch);
            return false;
        }
        BatchRun run = sharing.on && running.size() > 1
                ? new BatchRun(running.stream().map(write -> write.tag).filter(tag -> tag != null).toList())
                : null;
        Transaction transaction;
        try {
            jta.begin();
            if (run != null) {
                open(run);
            }
            transaction = jta.suspend();
        } catch (Exception e) {
            rollbackQuietly();
            alone.addAll(batch);
            return false;
        }
        if (run != null && run.failure() != null) {
            return unshare(transaction, run, sharing);
        }
        int failed = -1;
        for (int i = 0; i < batch.size() && failed < 0; i++) {
            Write<?> write = batch.get(i);
            if (write.held) {
                continue;
            }
            write.forget();
            write.transaction = transaction;
            if (write == own) {
                write.runIn(jta);
            } else {
                handOver(write, own);
            }
            if (run != null && run.failure() != null) {
                // The write may have failed for it (a read of the store writes the shared appends first): hold none.
                return unshare(transaction, run, sharing);
            }
            if (write.failed()) {
                failed = i;
            }
        }
        if (failed >= 0) {
            end(transaction, false);
            Write<?> culprit = batch.get(failed);
            if (culprit.failure != null && culprit.failsEveryWrite.test(culprit.failure)) {
                LOG.debugf(culprit.failure, "a write failed as every write of its batch would: they run alone");
                finish(List.of(culprit));
                batch.stream().filter(write -> write != culprit).forEach(alone::add);
                return false;
            }
            culprit.held = true;
            batch.subList(failed + 1, batch.size()).forEach(write -> write.held = false);
            return true;
        }
        if (run != null && !close(transaction, run)) {
            return unshare(transaction, run, sharing);
        }
        RuntimeException failure = end(transaction, true);
        if (failure != null) {
            batch.forEach(write -> write.failure = failure);
        } else {
            batchSizes.record(batch.stream().filter(write -> !write.held).count());
        }
        finish(batch);
        return false;
    }

    /** Opens the shared statements of {@code run}, in its transaction, which runs on this thread. */
    private void open(BatchRun run) {
        for (SharedStatements statements : sharedStatements) {
            try {
                statements.open(run);
            } catch (Exception e) {
                run.failed(e);
                return;
            }
        }
    }

    /** Closes the shared statements of {@code run}; answers whether all of them succeeded. */
    private boolean close(Transaction transaction, BatchRun run) {
        try {
            jta.resume(transaction);
        } catch (Exception e) {
            run.failed(e);
            return false;
        }
        try {
            for (SharedStatements statements : sharedStatements) {
                statements.close(run);
            }
        } catch (Exception e) {
            run.failed(e);
        } finally {
            try {
                jta.suspend();
            } catch (Exception e) {
                run.failed(e);
            }
        }
        return run.failure() == null;
    }

    /** Rolls back a run whose shared statement failed; the batch runs again, each write sending its own. */
    private boolean unshare(Transaction transaction, BatchRun run, Sharing sharing) {
        end(transaction, false);
        LOG.debugf(run.failure(), "a statement the batch's writes shared failed: the batch runs again without sharing");
        batchesUnshared.increment();
        sharing.on = false;
        return true;
    }

    private void rollbackQuietly() {
        try {
            if (jta.getStatus() != Status.STATUS_NO_TRANSACTION) {
                jta.rollback();
            }
        } catch (Exception e) {
            LOG.debug("a batch's transaction could not be rolled back after it failed to start", e);
        }
    }

    /** Runs the writes a database failure sent out of the batch, each alone and all at once, as without batches. */
    private void runAlone(List<Write<?>> writes, Write<?> own) {
        if (writes.isEmpty()) {
            return;
        }
        lock.lock();
        try {
            for (Write<?> write : writes) {
                writesRunAlone.increment();
                write.forget();
                if (write != own) {
                    write.leader = own;
                    write.turn = Turn.ALONE;
                    write.signal.signal();
                }
            }
        } finally {
            lock.unlock();
        }
        if (writes.contains(own)) {
            own.runAlone();
            own.turn = Turn.DONE;
        }
        lock.lock();
        try {
            for (Write<?> write : writes) {
                while (write.turn != Turn.DONE) {
                    own.signal.awaitUninterruptibly();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Lets {@code write}'s own thread run it in the batch's transaction and waits until it has. */
    private void handOver(Write<?> write, Write<?> own) {
        lock.lock();
        try {
            write.leader = own;
            write.ran = false;
            write.turn = Turn.RUN;
            write.signal.signal();
            while (!write.ran) {
                own.signal.awaitUninterruptibly();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Commits or rolls back the batch's transaction; answers the failure of a commit, if it failed. */
    private RuntimeException end(Transaction transaction, boolean commit) {
        try {
            jta.resume(transaction);
            if (commit && jta.getStatus() == Status.STATUS_ACTIVE) {
                jta.commit();
                return null;
            }
            jta.rollback();
            return commit ? new IllegalStateException("the batch's transaction was marked rollback-only") : null;
        } catch (RuntimeException e) {
            return e;
        } catch (Exception e) {
            return new IllegalStateException("the batch's transaction could not end", e);
        }
    }

    private void finish(List<Write<?>> writes) {
        lock.lock();
        try {
            for (Write<?> write : writes) {
                write.turn = Turn.DONE;
                write.signal.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    private static <T> T alone(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    private boolean inTransaction() {
        try {
            return jta.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the transaction status", e);
        }
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private enum Turn { WAIT, LEAD, RUN, DONE, ALONE }

    /** Whether the runs of one batch still share statements: not once a shared statement failed in one of them. */
    private static final class Sharing {
        private boolean on;

        Sharing(boolean on) {
            this.on = on;
        }
    }

    /** Writes that wait for a batch in one lane, and whether it runs one; guarded by {@link #lock}. */
    private static final class Lane {
        private final ArrayDeque<Write<?>> waiting = new ArrayDeque<>();
        private boolean running;
    }

    /** One write: its work, its thread's signal, and what its run in the current batch left. */
    private static final class Write<T> {
        private final Callable<T> work;
        private final Predicate<Throwable> failsEveryWrite;
        private final Object tag;
        private final Condition signal;
        private Turn turn = Turn.WAIT;
        private Write<?> leader;
        private Lane lane;
        private boolean ran;
        private Transaction transaction;
        private T result;
        private RuntimeException failure;
        private boolean markedRollbackOnly;
        /** Failed on its own in this batch: runs no more, and its failure is its answer if the batch commits. */
        private boolean held;
        /** The batch this write leads, once it is given the lead. */
        private List<Write<?>> batch;

        Write(Callable<T> work, Predicate<Throwable> failsEveryWrite, Object tag, Condition signal) {
            this.work = work;
            this.failsEveryWrite = failsEveryWrite;
            this.tag = tag;
            this.signal = signal;
        }

        /** Runs the work on this thread in the batch's transaction, and gives the transaction back. */
        void runIn(TransactionManager jta) {
            try {
                jta.resume(transaction);
            } catch (Exception e) {
                failure = new IllegalStateException("cannot join the batch's transaction", e);
                return;
            }
            try {
                result = work.call();
            } catch (RuntimeException e) {
                failure = e;
            } catch (Exception e) {
                failure = new IllegalStateException(e);
            } finally {
                try {
                    markedRollbackOnly = jta.getStatus() != Status.STATUS_ACTIVE;
                    jta.suspend();
                } catch (Exception e) {
                    failure = failure != null ? failure : new IllegalStateException("cannot leave the batch", e);
                }
            }
        }

        boolean failed() {
            return failure != null || markedRollbackOnly;
        }

        /** Runs the work alone, in a transaction of its own; what it answers is the write's answer. */
        void runAlone() {
            try {
                result = alone(work);
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        /** Drops what a run in a batch that rolled back left. */
        void forget() {
            result = null;
            failure = null;
            markedRollbackOnly = false;
        }

        T answer() {
            if (failure != null) {
                throw failure;
            }
            if (markedRollbackOnly) {
                throw new IllegalStateException("the write marked its transaction rollback-only");
            }
            return result;
        }

    }
}
