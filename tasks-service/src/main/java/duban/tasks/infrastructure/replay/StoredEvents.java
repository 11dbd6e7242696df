package duban.tasks.infrastructure.replay;

import java.time.Instant;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/** Feeds one aggregate's stored events, up to an instant, to a fold. */
public final class StoredEvents {

    private StoredEvents() {
    }

    /**
     * The fold once it has read the events recorded up to {@code asOf} (inclusive; null means now); empty when
     * nothing created the aggregate by then or an event was refused (the id names another kind of aggregate).
     */
    public static <F extends AggregateFold> Optional<F> replay(EventStorageEngine events, String aggregateId,
                                                               Instant asOf, F fold) {
        DomainEventStream stream = events.readEvents(aggregateId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (asOf != null && event.getTimestamp().isAfter(asOf)) {
                break;
            }
            if (!fold.apply(event.getPayload(), event.getSequenceNumber(), event.getTimestamp())) {
                return Optional.empty();
            }
        }
        return fold.exists() ? Optional.of(fold) : Optional.empty();
    }
}
