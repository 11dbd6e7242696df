package duban.tasks.infrastructure.kafka;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Creates the ledger topic as soon as the service starts, retrying in the background while the
 * broker is away, so consumers find it before the first event; the service is not ready until it
 * exists.
 */
@Singleton
@Readiness
public class LedgerTopicStartup implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(LedgerTopicStartup.class);

    @Inject
    LedgerTopic topic;

    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "ledger-topic-setup");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String lastFailure = "not tried yet";

    void start(@Observes StartupEvent event) {
        retries.execute(this::tryCreate);
    }

    void stop(@Observes ShutdownEvent event) {
        retries.shutdownNow();
    }

    private void tryCreate() {
        try {
            topic.ensureExists();
            lastFailure = null;
        } catch (RuntimeException e) {
            lastFailure = e.getMessage();
            LOG.warnf("ledger topic not created yet (%s); retrying in 2 s", e.getMessage());
            retries.schedule(this::tryCreate, 2, TimeUnit.SECONDS);
        }
    }

    @Override
    public HealthCheckResponse call() {
        boolean ready = lastFailure == null;
        return HealthCheckResponse.named("ledger topic " + topic.name())
                .status(ready)
                .withData("state", ready ? "exists" : lastFailure)
                .build();
    }
}
