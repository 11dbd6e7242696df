package duban.tasks.unit.query;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/** Feeds one aggregate's stored events, up to an instant, to a fold. */
final class StoredEvents {

    /** Takes one event; false when it is not of the kind the fold reads (the id names another aggregate). */
    interface Fold {
        boolean apply(Object event, long sequence, Instant timestamp);
    }

    private StoredEvents() {
    }

    /** False when an event was refused by the fold. */
    static boolean fold(EventStorageEngine events, String aggregateId, Instant asOf, Fold fold) {
        DomainEventStream stream = events.readEvents(aggregateId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (asOf != null && event.getTimestamp().isAfter(asOf)) {
                return true;
            }
            if (!fold.apply(event.getPayload(), event.getSequenceNumber(), event.getTimestamp())) {
                return false;
            }
        }
        return true;
    }
}
