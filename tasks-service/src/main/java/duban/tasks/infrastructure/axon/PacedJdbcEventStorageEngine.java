package duban.tasks.infrastructure.axon;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC event store, whose reads of the global stream are paced at the tail ({@link TailPacing}).
 *
 * <p>Why: the embedded event store's reader, which feeds the Kafka publisher, reads the next batch as
 * soon as the last one held anything, and every commit wakes it. Under a steady write load it therefore
 * ran a transaction and a query for every one or two events, about as many round trips to PostgreSQL
 * as the writes themselves. Paced, one read takes everything written during the interval; an event
 * reaches Kafka at most one interval later, and after a quiet interval a read runs at once.
 *
 * <p>Every append runs in a span of its own (under the command's) and is told to a listener (the stored-events
 * meter), inside the appending transaction. In a batch of writes the events are held and appended together at its
 * end ({@link BatchedAppends}); a read of one aggregate's events or snapshot appends what is held first.
 */
final class PacedJdbcEventStorageEngine extends JdbcEventStorageEngine {

    private final TailPacing pacing;
    private final Consumer<List<? extends EventMessage<?>>> appending;
    private final Tracer tracer;
    private final BatchedAppends batched;

    PacedJdbcEventStorageEngine(JdbcEventStorageEngine.Builder builder, Duration tailInterval,
            Consumer<List<? extends EventMessage<?>>> appending, Tracer tracer, BatchedAppends batched) {
        super(builder);
        this.pacing = new TailPacing(tailInterval);
        this.appending = appending;
        this.tracer = tracer;
        this.batched = batched;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (batched.hold(events, held -> appendNow(held, serializer))) {
            appending.accept(events);
            return;
        }
        appendNow(events, serializer);
        appending.accept(events);
    }

    private void appendNow(List<? extends EventMessage<?>> events, Serializer serializer) {
        Span span = tracer.spanBuilder("append").setAttribute("duban.events", events.size()).startSpan();
        try (Scope scope = span.makeCurrent()) {
            super.appendEvents(events, serializer);
        } finally {
            span.end();
        }
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                  int batchSize) {
        batched.appendHeld();
        return super.fetchDomainEvents(aggregateIdentifier, firstSequenceNumber, batchSize);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        batched.appendHeld();
        return super.readSnapshotData(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        batched.appendHeld();
        return super.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        pacing.awaitTurn();
        List<? extends TrackedEventData<?>> events = super.fetchTrackedEvents(lastToken, batchSize);
        pacing.read(events.size(), batchSize);
        return events;
    }
}
