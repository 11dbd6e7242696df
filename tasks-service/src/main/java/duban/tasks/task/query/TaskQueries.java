package duban.tasks.task.query;

import duban.tasks.eventstore.StoredEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/** Answers questions about one task from its stored events, now or as of any past instant. */
@ApplicationScoped
public class TaskQueries {

    @Inject
    StoredEvents events;

    public Optional<TaskView> find(String taskId) {
        return findAsOf(taskId, null);
    }

    /** The task as the events recorded up to {@code asOf} (inclusive) tell it; null means now. */
    public Optional<TaskView> findAsOf(String taskId, Instant asOf) {
        TaskStateFold fold = new TaskStateFold();
        events.ofAggregate(taskId, asOf)
                .forEach(event -> fold.apply(event.payload(), event.sequence(), event.recordedAt()));
        return fold.exists() ? Optional.of(fold.view()) : Optional.empty();
    }
}
