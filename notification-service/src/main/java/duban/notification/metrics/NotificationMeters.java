package duban.notification.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Meters of reminders and their deliveries. Names are stable: dashboards and alerts outside this project read them.
 * <ul>
 * <li>{@code duban.reminders.due} (timer): one tick's work-out of what fell due, over every open obligation;</li>
 * <li>{@code duban.reminders.sent} (counter, tags {@code kind}, {@code late}): reminders this instance claimed and
 * sent; {@code late=true} are those caught up after downtime;</li>
 * <li>{@code duban.deliveries} (counter, tags {@code channel}, {@code outcome} = delivered / failed / cancelled):
 * every try of a delivery; {@code duban.deliveries.retried} (counter, tag {@code channel}): the tries after a
 * first;</li>
 * <li>{@code duban.deliveries.pending} (gauge, tag {@code channel}): deliveries not yet delivered, read from the
 * store, so the same on every replica.</li>
 * </ul>
 */
@ApplicationScoped
public class NotificationMeters {

    @Inject
    MeterRegistry registry;

    private final Map<String, AtomicLong> pending = new ConcurrentHashMap<>();

    public void tickWorkedOut(Duration took) {
        Timer.builder("duban.reminders.due").description("Working out which reminders fell due, per tick")
                .register(registry).record(took);
    }

    public void sent(String kind, boolean late) {
        Counter.builder("duban.reminders.sent").description("Reminders claimed and sent by this instance")
                .tag("kind", kind).tag("late", Boolean.toString(late)).register(registry).increment();
    }

    public void tried(String channel, String outcome, int attempt) {
        Counter.builder("duban.deliveries").description("Tries of deliveries, by channel and outcome")
                .tag("channel", channel).tag("outcome", outcome).register(registry).increment();
        if (attempt > 1) {
            Counter.builder("duban.deliveries.retried").description("Tries of deliveries after their first")
                    .tag("channel", channel).register(registry).increment();
        }
    }

    /** Deliveries cancelled before they were delivered (their webhook deactivated): never tried again. */
    public void cancelled(String channel, int count) {
        if (count > 0) {
            Counter.builder("duban.deliveries").description("Tries of deliveries, by channel and outcome")
                    .tag("channel", channel).tag("outcome", "cancelled").register(registry).increment(count);
        }
    }

    /** The deliveries not yet delivered, per channel; a channel missing from {@code counts} has none. */
    public void pending(Map<String, Long> counts) {
        counts.keySet().forEach(this::pendingOf);
        pending.forEach((channel, value) -> value.set(counts.getOrDefault(channel, 0L)));
    }

    private AtomicLong pendingOf(String channel) {
        return pending.computeIfAbsent(channel, name -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("duban.deliveries.pending", value, AtomicLong::get)
                    .description("Deliveries not yet delivered").tag("channel", name).register(registry);
            return value;
        });
    }
}
