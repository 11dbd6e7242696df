package duban.tasks.infrastructure.observability;

import duban.tasks.infrastructure.axon.AxonSetup;
import duban.tasks.infrastructure.kafka.LedgerEventPublisher;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * "Ledger publisher": what the Kafka publisher is doing, for an operator reading readiness while the broker or the
 * database is away. It is always UP: writes are stored and answered whatever the publisher does, and it catches up by
 * itself. Its data: {@code state} (publishing; waiting for the broker, {@code waitingSeconds} long, when a batch's
 * acknowledgements are late; retrying with the {@code error} it met once a send failed; or held by another
 * instance), and how far it is behind the store.
 */
@Singleton
@Readiness
public class LedgerPublisherCheck implements HealthCheck {

    static final String NAME = "Ledger publisher";
    // The broker acknowledges a batch in milliseconds: a batch waiting this long is waiting for a broker that is away.
    private static final Duration STALLED = Duration.ofSeconds(2);

    @Inject
    AxonSetup axon;

    @Inject
    PublisherLagMeters lag;

    @Inject
    LedgerEventPublisher publisher;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named(NAME).up();
        Optional<EventTrackerStatus> tracker = axon.publisherStatus();
        if (tracker.isEmpty()) {
            return answer.withData("state", "held by another instance").build();
        }
        Optional<Duration> waiting = publisher.waitingForAcknowledgements()
                .filter(duration -> duration.compareTo(STALLED) >= 0);
        if (tracker.get().isErrorState()) {
            answer.withData("state", "retrying").withData("error", describe(tracker.get().getError()));
        } else if (waiting.isPresent()) {
            answer.withData("state", "waiting for the broker").withData("waitingSeconds", waiting.get().toSeconds());
        } else {
            answer.withData("state", "publishing");
        }
        try {
            PublisherLag behind = lag.current();
            answer.withData("eventsBehind", behind.events()).withData("secondsBehind", Math.round(behind.seconds()));
        } catch (RuntimeException e) {
            answer.withData("eventsBehind", "unknown: the event store cannot be read (" + describe(e) + ")");
        }
        return answer.build();
    }

    private static String describe(Throwable error) {
        if (error == null) {
            return "unknown";
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return root.getClass().getSimpleName() + message;
    }
}
