package duban.consumer;

import duban.events.LedgerEvent;
import duban.events.envelope.CloudEvent;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * A read model's reaction to one decoded ledger event, inside the consumer's transaction. Every CDI
 * bean of this type receives every event, in topic order, from {@link LedgerTopicConsumer}.
 */
public interface LedgerEventHandler {

    Uni<Void> apply(Mutiny.Session session, LedgerEvent event, CloudEvent envelope);

    /** Handlers apply each event in ascending order: what others read first (standings) goes before them. */
    default int order() {
        return 100;
    }

    /** When the event happened, as the read models store instants. */
    static OffsetDateTime occurredAt(CloudEvent envelope) {
        return (envelope.time() == null ? Instant.now() : envelope.time()).atOffset(ZoneOffset.UTC);
    }
}
