package duban.consumer;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The one consumer of the ledger topic in a service: each record is applied once, to every read
 * model of the service in one transaction, so the read models never disagree about how far they
 * have read.
 */
@ApplicationScoped
public class LedgerTopicConsumer {

    @Inject
    ExactlyOnceApplier applier;

    @Inject
    Event<PollApplied> applied;

    @Inject
    @Any
    Instance<LedgerEventHandler> handlers;

    private List<LedgerEventHandler> readModels;

    /**
     * One poll's records (the channel runs in batch mode), applied in one transaction; with their partitions and
     * offsets, so that a failure names the exact record.
     */
    @Incoming("ledger-events")
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        return applier.applyAll(records, this::applyToAll)
                .invoke(count -> applied.fire(new PollApplied(count)))
                .replaceWithVoid();
    }

    private Uni<Void> applyToAll(Mutiny.Session session, List<Applied> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (LedgerEventHandler handler : readModels()) {
            // One session runs one statement at a time: the read models take their turns.
            chain = chain.chain(() -> handler.applyAll(session, events));
        }
        return chain;
    }

    private List<LedgerEventHandler> readModels() {
        if (readModels == null) {
            readModels = handlers.stream().sorted(Comparator.comparingInt(LedgerEventHandler::order)).toList();
        }
        return readModels;
    }
}
