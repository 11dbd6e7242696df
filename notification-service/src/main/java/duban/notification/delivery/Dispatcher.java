package duban.notification.delivery;

import duban.notification.metrics.NotificationMeters;
import duban.view.store.SafeContext;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * Tries the deliveries that are due, every {@code duban.deliveries.interval} and right after reminders were sent:
 * leases batches in short transactions, tries them side by side (each bounded by {@code duban.deliveries.timeout},
 * so a slow receiver holds up nothing but itself) and settles the outcomes as they come, those arriving together in
 * one transaction. The next batch is leased as soon as the tries under way leave room, until nothing is due.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    DeliveryStore store;

    @Inject
    @Any
    Instance<Channel> channels;

    @Inject
    Clock clock;

    @Inject
    NotificationMeters meters;

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "duban.deliveries.batch", defaultValue = "500")
    int batch;

    /** Tries under way at once: sends to the topic are many and short, and batch better the more are in flight. */
    @ConfigProperty(name = "duban.deliveries.concurrency", defaultValue = "256")
    int concurrency;

    @ConfigProperty(name = "duban.deliveries.timeout", defaultValue = "10s")
    Duration timeout;

    @ConfigProperty(name = "duban.deliveries.lease", defaultValue = "60s")
    Duration lease;

    /** How long outcomes arriving together wait to be settled in one transaction. */
    @ConfigProperty(name = "duban.deliveries.settle-window", defaultValue = "20ms")
    Duration settleWindow;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    private volatile Map<String, Channel> byName;

    @Scheduled(every = "${duban.deliveries.interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return dispatch().replaceWithVoid();
    }

    /**
     * Asks for the due deliveries to be tried now without waiting for them: a dispatch under way goes on once more.
     */
    public void wake() {
        dispatch().subscribe().with(tried -> { }, error -> LOG.warnf("dispatching deliveries failed: %s", error));
    }

    /**
     * Tries the due deliveries until none is due; the item is how many were tried (0 when another dispatch of this
     * instance is under way: that one goes on once more).
     */
    public Uni<Integer> dispatch() {
        again.set(true);
        if (!running.compareAndSet(false, true)) {
            return Uni.createFrom().item(0);
        }
        again.set(false);
        return drain().eventually(() -> running.set(false))
                .call(tried -> again.get() ? dispatch() : Uni.createFrom().voidItem());
    }

    /**
     * One stream of tries: a batch is leased whenever the tries under way leave room for more, not when the previous
     * batch is done, so a receiver that takes its whole timeout holds one place, never the deliveries behind it.
     * Leasing stops at the first batch that is not full.
     */
    private Uni<Integer> drain() {
        AtomicInteger tried = new AtomicInteger();
        return Multi.createBy().repeating()
                .uni(() -> SafeContext.run(vertx, () -> sessions.withTransaction(session ->
                        store.lease(session, clock.instant(), lease, batch))))
                .whilst(leases -> leases.size() >= batch)
                .onItem().<DeliveryStore.Lease>disjoint()
                .onItem().transformToUni(this::attempt).merge(concurrency)
                .invoke(tries -> tried.incrementAndGet())
                .group().intoLists().of(batch, settleWindow)
                // the window's timer emits whether or not a settle is still under way
                .onOverflow().buffer(batch)
                .select().where(tries -> !tries.isEmpty())
                .onItem().transformToUniAndConcatenate(this::settle)
                .collect().last()
                .map(nothing -> tried.get());
    }

    private Uni<Channel.Try> attempt(DeliveryStore.Lease lease) {
        Channel channel = channels().get(lease.channel());
        long started = System.nanoTime();
        Instant at = clock.instant();
        Uni<Channel.Outcome> tried = channel == null
                ? Uni.createFrom().item(Channel.Outcome.failed(null, "no channel " + lease.channel()))
                : Uni.createFrom().deferred(() -> channel.deliver(lease))
                        .ifNoItem().after(timeout).failWith(() -> new java.util.concurrent.TimeoutException(
                                "no answer within " + timeout.toMillis() + " ms"))
                        .onFailure().recoverWithItem(error -> Channel.Outcome.failed(null, error.toString()));
        return tried.map(outcome -> {
            meters.tried(lease.channel(), outcome.delivered() ? "delivered" : "failed", lease.attempts());
            if (!outcome.delivered()) {
                LOG.debugf("delivery %s over %s to %s failed (try %d): %s", lease.deliveryId(), lease.channel(),
                        lease.target(), lease.attempts(), outcome.error());
            }
            return new Channel.Try(lease, outcome, at, Duration.ofNanos(System.nanoTime() - started));
        });
    }

    /** Settles tries in one transaction, with each channel's own record of them; from whatever thread they end on. */
    private Uni<Void> settle(List<Channel.Try> tries) {
        return SafeContext.run(vertx, () -> sessions.withTransaction(session -> {
            Uni<Void> chain = store.settleAll(session, tries.stream()
                    .map(t -> new DeliveryStore.Settled(t.lease(), t.outcome())).toList(), clock.instant());
            for (Channel.Try tried : tries) {
                Channel channel = channels().get(tried.lease().channel());
                if (channel != null) {
                    chain = chain.chain(() -> channel.record(session, tried));
                }
            }
            return chain;
        })).onFailure().invoke(error -> LOG.warnf("settling %d tries failed (their leases run out and they are tried "
                + "again): %s", tries.size(), error)).onFailure().recoverWithNull();
    }

    private Map<String, Channel> channels() {
        if (byName == null) {
            byName = channels.stream().collect(Collectors.toMap(Channel::name, Function.identity()));
        }
        return byName;
    }

    /** Every channel there is, by name. */
    public Map<String, Channel> all() {
        return channels();
    }
}
