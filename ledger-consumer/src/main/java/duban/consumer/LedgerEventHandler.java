package duban.consumer;

import duban.events.LedgerEvent;
import duban.events.envelope.CloudEvent;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * A read model's reaction to the ledger events of one poll, inside the consumer's transaction. Every CDI bean of this
 * type receives every new event, in topic order, from {@link LedgerTopicConsumer}: a whole poll at once through
 * {@link #applyAll}, which by default hands the events over one by one.
 */
public interface LedgerEventHandler {

    Uni<Void> apply(Mutiny.Session session, LedgerEvent event, CloudEvent envelope);

    /**
     * The events of one poll that were not applied before, in topic order. The default applies each in turn and
     * flushes and empties the session after each, so that every query's automatic flush checks one event's entities;
     * a handler writing set-based SQL overrides it.
     */
    default Uni<Void> applyAll(Mutiny.Session session, List<Applied> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Applied applied : events) {
            chain = chain.chain(() -> apply(session, applied.event(), applied.envelope()))
                    .chain(session::flush)
                    .invoke(session::clear);
        }
        return chain;
    }

    /** Handlers apply each poll in ascending order: what others read first goes before them. */
    default int order() {
        return 100;
    }

    /** When the event happened, as the read models store instants. */
    static OffsetDateTime occurredAt(CloudEvent envelope) {
        return (envelope.time() == null ? Instant.now() : envelope.time()).atOffset(ZoneOffset.UTC);
    }
}
