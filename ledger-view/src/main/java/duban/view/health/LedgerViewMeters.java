package duban.view.health;

import duban.consumer.LagMeasured;
import duban.consumer.LedgerConsumption;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Meters of the ledger view. Names are stable: dashboards and alerts outside this project read them.
 * <ul>
 * <li>{@code duban.ledger.lag} (gauge, tag {@code partition}): records of the topic not yet applied;</li>
 * <li>{@code duban.ledger.lag.seconds} (gauge): how far behind the ledger the view is;</li>
 * <li>{@code duban.ledger.applied} (counter): events applied for the first time;</li>
 * <li>{@code duban.ledger.skipped} (counter, tag {@code reason} = undecodable / unknown-type): records skipped;</li>
 * <li>{@code duban.ledger.globalindex} (gauge): the global index of the latest event applied;</li>
 * <li>{@code duban.ledger.recordedat} (gauge, seconds since the epoch): when the latest event applied was recorded
 * (NaN before the first);</li>
 * <li>{@code duban.ledger.applied.rate} (gauge): events applied per second over the consumer's last lag measurement.</li>
 * </ul>
 */
@ApplicationScoped
public class LedgerViewMeters {

    @Inject
    MeterRegistry registry;

    @Inject
    LedgerViewState state;

    private final Map<Integer, AtomicLong> lag = new ConcurrentHashMap<>();

    void register(@Observes StartupEvent startup) {
        LedgerConsumption consumption = state.consumption();
        FunctionCounter.builder("duban.ledger.applied", consumption, LedgerConsumption::applied)
                .description("Ledger events applied for the first time").register(registry);
        for (String reason : new String[] {LedgerConsumption.UNDECODABLE, LedgerConsumption.UNKNOWN_TYPE}) {
            FunctionCounter.builder("duban.ledger.skipped", consumption.skippedCounter(reason), AtomicLong::get)
                    .description("Records of the ledger topic skipped, by reason").tag("reason", reason)
                    .register(registry);
        }
        Gauge.builder("duban.ledger.globalindex", state, s -> s.follower().lastGlobalIndex())
                .description("The global index of the latest ledger event applied").register(registry);
        Gauge.builder("duban.ledger.recordedat", state, s -> s.follower().lastRecordedAt()
                        .map(at -> at.toEpochMilli() / 1000.0).orElse(Double.NaN))
                .description("When the latest ledger event applied was recorded, in seconds since the epoch")
                .baseUnit("seconds").register(registry);
        Gauge.builder("duban.ledger.applied.rate", state, LedgerViewState::appliedPerSecond)
                .description("Ledger events applied per second, over the last lag measurement").register(registry);
        Gauge.builder("duban.ledger.lag.seconds", state, LedgerViewState::secondsBehind)
                .description("How far behind the ledger the view is, in seconds").register(registry);
    }

    void measured(@Observes LagMeasured measured) {
        measured.partitions().forEach((partition, records) -> lag.computeIfAbsent(partition, p -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("duban.ledger.lag", value, AtomicLong::get)
                    .description("Records of the ledger topic not yet applied").tag("partition", Integer.toString(p))
                    .register(registry);
            return value;
        }).set(records));
    }
}
