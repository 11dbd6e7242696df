package duban.view.health;

import duban.consumer.ConsumerLag;
import duban.consumer.LagMeasured;
import duban.consumer.LedgerConsumption;
import duban.view.history.CurrentMemory;
import duban.view.store.LedgerFollower;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** What the readiness check and the meters say of the ledger view, worked out once for both. */
@ApplicationScoped
public class LedgerViewState {

    @Inject
    LedgerFollower follower;

    @Inject
    LedgerConsumption consumption;

    @Inject
    ConsumerLag lag;

    @Inject
    CurrentMemory memory;

    public LedgerFollower follower() {
        return follower;
    }

    public LedgerConsumption consumption() {
        return consumption;
    }

    public long eventsInMemory() {
        return memory.get().appliedEvents();
    }

    public Map<Integer, Long> lagPerPartition() {
        return lag.last().map(LagMeasured::partitions).orElse(Map.of());
    }

    public long totalLag() {
        return lag.last().map(LagMeasured::total).orElse(0L);
    }

    public double appliedPerSecond() {
        return lag.last().map(LagMeasured::appliedPerSecond).orElse(0.0);
    }

    public Optional<String> lagFailure() {
        return lag.failure();
    }

    /**
     * How far behind the ledger the view is, in seconds: none when nothing is waiting on the topic, otherwise the age
     * of the latest event applied (the ones waiting were recorded after it).
     */
    public double secondsBehind() {
        if (totalLag() == 0) {
            return 0;
        }
        return follower.lastRecordedAt()
                .map(at -> Duration.between(at, Instant.now()).toMillis() / 1000.0)
                .map(seconds -> Math.max(0, seconds))
                .orElse(0.0);
    }
}
