package duban.tasks.infrastructure.axon;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;

/**
 * The meters of one Axon component (the command bus, the event store, an event processor), under the names and tags
 * Axon's own monitors give them ({@code commandBus.successTimer}, {@code commandBus.ingestedCounter}, …, tagged
 * {@code payloadType}, and {@code processorName} for a processor), built once per payload type. Axon's monitors look their four timers and five counters up in the registry for every message,
 * and keep client-side percentiles and a sliding window of every message for the capacity gauge: the profile of the
 * write path found them at 7–8 % of tasks-service's samples. Here a message costs one map lookup, three counter
 * increments and two timer records; percentiles are left to the scraper's side, and capacity is not kept.
 */
public final class MessageMeters implements MessageMonitor<Message<?>> {

    private static final String PROCESSOR_METERS = "eventProcessor";

    private final String component;
    private final Tags componentTags;
    private final MeterRegistry registry;
    private final Map<Class<?>, Meters> byPayloadType = new ConcurrentHashMap<>();

    public MessageMeters(String component, Tags componentTags, MeterRegistry registry) {
        this.component = component;
        this.componentTags = componentTags;
        this.registry = registry;
    }

    /**
     * The monitor of an Axon component: an event processor's meters under {@code eventProcessor} with its name as a
     * tag, and how far behind the newest event it handled it is ({@code eventProcessor.latency}, Axon's own gauge);
     * any other component's under its name.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static MessageMonitor<Message<?>> forComponent(Class<?> type, String name, MeterRegistry registry) {
        if (!EventProcessor.class.isAssignableFrom(type)) {
            return new MessageMeters(name, Tags.empty(), registry);
        }
        Tags processor = Tags.of("processorName", name);
        MessageMonitor latency = EventProcessorLatencyMonitor.builder().meterNamePrefix(PROCESSOR_METERS)
                .meterRegistry(registry).tagsBuilder(message -> processor).build();
        return new MultiMessageMonitor<>(new MessageMeters(PROCESSOR_METERS, processor, registry), latency);
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        Meters meters = byPayloadType.computeIfAbsent(message.getPayloadType(), this::metersOf);
        meters.ingested.increment();
        long start = System.nanoTime();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                meters.ended(meters.success, meters.successTimer, start);
            }

            @Override
            public void reportFailure(Throwable cause) {
                meters.ended(meters.failure, meters.failureTimer, start);
            }

            @Override
            public void reportIgnored() {
                meters.ended(meters.ignored, meters.ignoredTimer, start);
            }
        };
    }

    private Meters metersOf(Class<?> payloadType) {
        Tags tags = componentTags.and("payloadType", payloadType.getSimpleName());
        return new Meters(counter("ingestedCounter", tags), counter("processedCounter", tags),
                counter("successCounter", tags), counter("failureCounter", tags), counter("ignoredCounter", tags),
                timer("allTimer", tags), timer("successTimer", tags), timer("failureTimer", tags),
                timer("ignoredTimer", tags));
    }

    private Counter counter(String name, Tags tags) {
        return registry.counter(component + "." + name, tags);
    }

    private Timer timer(String name, Tags tags) {
        return Timer.builder(component + "." + name).tags(tags).register(registry);
    }

    private record Meters(Counter ingested, Counter processed, Counter success, Counter failure, Counter ignored,
                          Timer all, Timer successTimer, Timer failureTimer, Timer ignoredTimer) {

        void ended(Counter outcome, Timer outcomeTimer, long start) {
            long took = System.nanoTime() - start;
            processed.increment();
            outcome.increment();
            all.record(took, TimeUnit.NANOSECONDS);
            outcomeTimer.record(took, TimeUnit.NANOSECONDS);
        }
    }
}
