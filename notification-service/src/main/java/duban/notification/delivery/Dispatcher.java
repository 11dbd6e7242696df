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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * Tries the deliveries that are due, every {@code duban.deliveries.interval} and right after reminders were sent:
 * leases a batch in one short transaction, tries them side by side (each bounded by {@code duban.deliveries.timeout},
 * so a slow receiver holds up nothing but itself) and settles each in its own.
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

    @ConfigProperty(name = "duban.deliveries.batch", defaultValue = "200")
    int batch;

    @ConfigProperty(name = "duban.deliveries.concurrency", defaultValue = "32")
    int concurrency;

    @ConfigProperty(name = "duban.deliveries.timeout", defaultValue = "10s")
    Duration timeout;

    @ConfigProperty(name = "duban.deliveries.lease", defaultValue = "60s")
    Duration lease;

    private Map<String, Channel> byName;

    @Scheduled(every = "${duban.deliveries.interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return dispatch().replaceWithVoid();
    }

    /** Tries one batch of due deliveries; the item is how many were tried. */
    public Uni<Integer> dispatch() {
        return sessions.withTransaction(session -> store.lease(session, clock.instant(), lease, batch))
                .chain(leases -> leases.isEmpty() ? Uni.createFrom().item(0)
                        : Multi.createFrom().iterable(leases)
                                .onItem().transformToUni(this::attempt).merge(concurrency)
                                .collect().asList().map(List::size));
    }

    private Uni<Void> attempt(DeliveryStore.Lease lease) {
        Channel channel = channels().get(lease.channel());
        Uni<Channel.Outcome> tried = channel == null
                ? Uni.createFrom().item(Channel.Outcome.failed(null, "no channel " + lease.channel()))
                : Uni.createFrom().deferred(() -> channel.deliver(lease.reminder(), lease.target()))
                        .ifNoItem().after(timeout).fail()
                        .onFailure().recoverWithItem(error -> Channel.Outcome.failed(null, error.toString()));
        return tried.chain(outcome -> {
            meters.tried(lease.channel(), outcome.delivered() ? "delivered" : "failed", lease.attempts());
            if (!outcome.delivered()) {
                LOG.debugf("delivery %s over %s to %s failed (try %d): %s", lease.deliveryId(), lease.channel(),
                        lease.target(), lease.attempts(), outcome.error());
            }
            // Tries end side by side, often on one Vert.x context, where Hibernate Reactive would hand them one shared
            // session: each settles in a context (and so a session and transaction) of its own.
            return SafeContext.run(vertx, () -> sessions.withTransaction(session -> store.settle(session, lease,
                    outcome, clock.instant())));
        });
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
