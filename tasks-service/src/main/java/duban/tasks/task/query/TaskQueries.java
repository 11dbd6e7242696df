package duban.tasks.task.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * Answers questions about one task from its stored events. It reads the full stream, not the
 * snapshot, because a view may ask for any past instant and snapshots only know the present.
 */
@ApplicationScoped
public class TaskQueries {

    @Inject
    EventStorageEngine events;

    public Optional<TaskView> find(String taskId) {
        return findAsOf(taskId, null);
    }

    /** The task as the events recorded up to {@code asOf} (inclusive) tell it; null means now. */
    public Optional<TaskView> findAsOf(String taskId, Instant asOf) {
        TaskStateFold fold = new TaskStateFold();
        DomainEventStream stream = events.readEvents(taskId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (asOf != null && event.getTimestamp().isAfter(asOf)) {
                break;
            }
            fold.apply(event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
        return fold.exists() ? Optional.of(fold.view()) : Optional.empty();
    }
}
