package duban.tasks.infrastructure.observability;

import duban.events.EventTypes;
import duban.tasks.infrastructure.transaction.TransactionEnd;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventMessage;

/**
 * {@code duban.events.stored} (counter, tag {@code type} = the contract's stable type name, e.g.
 * {@code duban.task.progress-reported.v1}): events appended to the store by this instance, counted when their
 * transaction commits (a rolled-back command stored nothing).
 */
@Singleton
public class StoredEventMeters {

    @Inject
    MeterRegistry registry;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Map<Class<?>, Counter> byType = new ConcurrentHashMap<>();

    /** Called with the events being appended in the running transaction. */
    public void appending(List<? extends EventMessage<?>> events) {
        if (events.isEmpty()) {
            return;
        }
        List<Class<?>> types = events.stream().<Class<?>>map(EventMessage::getPayloadType).toList();
        TransactionEnd.then(transactions, committed -> {
            if (committed) {
                types.forEach(type -> counter(type).increment());
            }
        });
    }

    private Counter counter(Class<?> type) {
        return byType.computeIfAbsent(type, t -> Counter.builder("duban.events.stored")
                .description("Events stored in the ledger, by type")
                .tag("type", EventTypes.isEvent(t) ? EventTypes.nameOf(t) : t.getName())
                .register(registry));
    }
}
