package duban.tasks.infrastructure.observability;

import duban.tasks.eventstore.Backlog;
import duban.tasks.infrastructure.axon.AxonSetup;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code duban.publisher.lag} (gauge): events in the store not yet on the ledger topic, from the publisher's tracking
 * token against the store's head; {@code duban.publisher.lag.seconds} (gauge): how long the oldest of them has
 * waited. Both are NaN on an instance that does not run the publisher (another one holds its token). One
 * measurement serves every scrape within a second, so that a scrape costs the store at most three small queries.
 */
@Singleton
public class PublisherLagMeters {

    private static final Duration FRESH = Duration.ofSeconds(1);
    private static final PublisherLag UNKNOWN = new PublisherLag(-1, Double.NaN);

    @Inject
    MeterRegistry registry;

    @Inject
    Backlog backlog;

    @Inject
    AxonSetup axon;

    private final Clock clock = Clock.systemUTC();
    private PublisherLag last = UNKNOWN;
    private Instant measuredAt = Instant.EPOCH;

    void register(@Observes StartupEvent startup) {
        Gauge.builder("duban.publisher.lag", this, m -> events(m.current()))
                .description("Events in the store not yet published to the ledger topic").register(registry);
        Gauge.builder("duban.publisher.lag.seconds", this, m -> m.current().seconds())
                .description("How long the oldest event not yet published has waited, in seconds")
                .register(registry);
    }

    private static double events(PublisherLag lag) {
        return lag.events() < 0 ? Double.NaN : lag.events();
    }

    synchronized PublisherLag current() {
        Instant now = clock.instant();
        if (Duration.between(measuredAt, now).compareTo(FRESH) >= 0) {
            Optional<OptionalLong> position = axon.publisherPosition();
            last = position.map(p -> PublisherLag.of(backlog.after(p.orElse(-1)), now)).orElse(UNKNOWN);
            measuredAt = now;
        }
        return last;
    }
}
