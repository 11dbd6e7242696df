package duban.notification.reminder;

import duban.notification.delivery.Channel;
import duban.notification.delivery.DeliveryStore;
import duban.notification.delivery.Dispatcher;
import duban.notification.delivery.SentReminder;
import duban.notification.metrics.NotificationMeters;
import duban.view.slice.LedgerAt;
import duban.view.slice.LedgerClock;
import duban.view.store.SafeContext;
import duban.view.store.ViewAdvanced;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * Sends what fell due: every {@code duban.reminders.tick}, and right after the service applied new ledger events (so
 * an urge goes out at once), it works out the reminders that fell due within the catch-up window (or, when this
 * replica's last complete sweep of every task lies further back, since that sweep, up to the catch-up limit), claims
 * their keys and creates their deliveries in one transaction (in bulk: each channel asked for the targets of all of
 * them at once), then wakes the dispatcher without waiting for it. A key another replica or an earlier run claimed is
 * not sent again; a reminder whose reason is gone (the report came in, the milestone was done, the task
 * was suspended) is no longer worked out, so nothing stale goes out.
 */
@ApplicationScoped
public class ReminderTick {

    private static final Logger LOG = Logger.getLogger(ReminderTick.class);

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    LedgerClock ledgers;

    @Inject
    ReminderPlanner planner;

    @Inject
    ReminderStore reminders;

    @Inject
    DeliveryStore deliveries;

    @Inject
    Dispatcher dispatcher;

    @Inject
    ReminderSetup setup;

    @Inject
    Vertx vertx;

    @Inject
    NotificationMeters meters;

    private final AtomicBoolean running = new AtomicBoolean();
    // Events that arrive while a tick runs may carry an urge: they ask for one more tick right after, never lost.
    private final AtomicBoolean again = new AtomicBoolean();
    // What the next tick must look at: every task, or only those new events touched.
    private final AtomicBoolean everything = new AtomicBoolean();
    private final Set<String> touched = ConcurrentHashMap.newKeySet();
    // How far this replica's last complete sweep of every task reached: the next full tick starts there when that
    // lies before the catch-up window, so a tick slower than the window, or ticks failing for a while, leave nothing
    // behind. A restarted replica knows none and starts at the window.
    private volatile Instant sweptUntil;
    // Keys this replica knows are claimed (offered in a claim that committed), with their send times: not offered to
    // the database again while they lie in the window. Only a saving: the key's unique index decides what is sent.
    private final Map<String, Instant> claimed = new ConcurrentHashMap<>();
    // Bumped by forgetSweeps(): a tick that began before records nothing of what it swept.
    private final AtomicLong memoryEpoch = new AtomicLong();

    @Scheduled(every = "${duban.reminders.tick:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().replaceWithVoid();
    }

    /**
     * New events may have brought an urge, or taken a reason away: look again at once, but only at the tasks they
     * touched (an event of a plan, unit or group may touch any task: then at all of them).
     */
    void viewAdvanced(@ObservesAsync ViewAdvanced advanced) {
        if (advanced.beyondTasks()) {
            everything.set(true);
        } else {
            touched.addAll(advanced.taskIds());
        }
        SafeContext.run(vertx, this::drain)
                .subscribe().with(sent -> { }, error -> LOG.warnf("sending reminders failed: %s", error));
    }

    /** Sends what fell due on any task and was not sent yet; the item is how many reminders went out. */
    public Uni<Integer> run() {
        everything.set(true);
        return SafeContext.run(vertx, this::drain);
    }

    private Uni<Integer> drain() {
        // Asked first, then tried: a tick that ends meanwhile sees the request and runs once more.
        again.set(true);
        if (!running.compareAndSet(false, true)) {
            return Uni.createFrom().item(0);
        }
        again.set(false);
        boolean all = everything.getAndSet(false);
        List<String> tasks = new ArrayList<>(touched);
        touched.removeAll(tasks);
        if (!all && tasks.isEmpty()) {
            running.set(false);
            return Uni.createFrom().item(0);
        }
        return Uni.createFrom().deferred(() -> runOnce(all ? null : tasks)).eventually(() -> running.set(false))
                .call(sent -> again.get() ? drain().replaceWithVoid() : Uni.createFrom().voidItem());
    }

    /**
     * Forgets how far the sweeps reached and which keys are claimed, as a restart does (tests that play a restart
     * in one process).
     */
    void forgetSweeps() {
        memoryEpoch.incrementAndGet();
        sweptUntil = null;
        claimed.clear();
    }

    /** How far the last complete sweep of every task reached; null before the first. */
    Instant sweptUntil() {
        return sweptUntil;
    }

    /** One tick over every task ({@code taskIds} null) or over those tasks. */
    private Uni<Integer> runOnce(List<String> taskIds) {
        LedgerAt ledger = ledgers.at(null);
        Instant now = ledger.at();
        Instant window = now.minus(setup.catchUpWindow());
        Instant from = taskIds == null ? sweepFrom(now, window) : window;
        long epoch = memoryEpoch.get();
        // Working out a tick over every obligation takes a while: on a worker, never on the event loop, which
        // comes back to this context for the claim.
        return Uni.createFrom().completionStage(vertx.executeBlocking(() -> {
            long started = System.nanoTime();
            List<PlannedReminder> due = taskIds == null ? planner.between(ledger, from, now)
                    : planner.ofTasks(ledger, taskIds, from, now);
            if (taskIds == null) {
                meters.tickWorkedOut(Duration.ofNanos(System.nanoTime() - started));
            }
            return due.stream().filter(reminder -> !claimed.containsKey(reminder.key())).toList();
        }, false).toCompletionStage())
                .chain(due -> due.isEmpty() ? Uni.createFrom().item(0) : send(due, now, epoch))
                .invoke(() -> {
                    if (taskIds == null && epoch == memoryEpoch.get()) {
                        sweptUntil = now;
                        claimed.values().removeIf(sendAt -> sendAt.isBefore(from));
                    }
                });
    }

    /** Where a full tick starts: the window, or the last complete sweep when it lies before (up to the limit). */
    private Instant sweepFrom(Instant now, Instant window) {
        Instant swept = sweptUntil;
        if (swept == null || !swept.isBefore(window)) {
            return window;
        }
        Instant limit = now.minus(setup.catchUpLimit());
        return swept.isBefore(limit) ? limit : swept;
    }

    private Uni<Integer> send(List<PlannedReminder> due, Instant now, long epoch) {
        return sessions.withTransaction(session -> reminders.claim(session, due, now, setup.lateAfter())
                        .call(sent -> createDeliveries(session, sent, now)))
                .invoke(() -> {
                    if (epoch == memoryEpoch.get()) {
                        due.forEach(reminder -> claimed.put(reminder.key(), reminder.sendAt()));
                    }
                })
                .invoke(sent -> {
                    sent.forEach(reminder -> meters.sent(reminder.kind(), reminder.late()));
                    if (!sent.isEmpty()) {
                        LOG.infof("sent %d reminders (%d late)", sent.size(),
                                sent.stream().filter(SentReminder::late).count());
                    }
                })
                .invoke(sent -> {
                    if (!sent.isEmpty()) {
                        dispatcher.wake();
                    }
                })
                .map(List::size);
    }

    /** Every channel's deliveries of the reminders sent: its targets asked once per channel, rows inserted in bulk. */
    private Uni<Void> createDeliveries(Mutiny.Session session, List<SentReminder> sent, Instant now) {
        if (sent.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<DeliveryStore.NewDelivery> rows = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Channel channel : dispatcher.all().values()) {
            chain = chain.chain(() -> channel.targetsOf(session, sent).invoke(targets -> targets.forEach(
                    (reminderId, list) -> list.forEach(target -> rows.add(
                            new DeliveryStore.NewDelivery(reminderId, channel.name(), target))))).replaceWithVoid());
        }
        return chain.chain(() -> deliveries.createAll(session, rows, now));
    }
}
