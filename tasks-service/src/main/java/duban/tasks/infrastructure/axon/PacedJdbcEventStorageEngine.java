package duban.tasks.infrastructure.axon;

import java.time.Duration;
import java.util.List;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC event store, whose reads of the global stream are paced at the tail ({@link TailPacing}).
 *
 * <p>Why: the embedded event store's reader, which feeds the Kafka publisher, reads the next batch as
 * soon as the last one held anything, and every commit wakes it. Under a steady write load it therefore
 * ran a transaction and a query for every one or two events, about as many round trips to PostgreSQL
 * as the writes themselves. Paced, one read takes everything written during the interval; an event
 * reaches Kafka at most one interval later, and after a quiet interval a read runs at once.
 */
final class PacedJdbcEventStorageEngine extends JdbcEventStorageEngine {

    private final TailPacing pacing;

    PacedJdbcEventStorageEngine(JdbcEventStorageEngine.Builder builder, Duration tailInterval) {
        super(builder);
        this.pacing = new TailPacing(tailInterval);
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        pacing.awaitTurn();
        List<? extends TrackedEventData<?>> events = super.fetchTrackedEvents(lastToken, batchSize);
        pacing.read(events.size(), batchSize);
        return events;
    }
}
