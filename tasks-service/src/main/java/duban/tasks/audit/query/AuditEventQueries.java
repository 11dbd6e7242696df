package duban.tasks.audit.query;

import duban.tasks.eventstore.ChainedEvent;
import duban.tasks.eventstore.RawEventRows;
import duban.tasks.task.domain.Task;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** A task's history and the global stream, from the stored rows as they were recorded. */
@ApplicationScoped
public class AuditEventQueries {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /** Axon stores an aggregate's type as its class's simple name. */
    private static final String TASK_TYPE = Task.class.getSimpleName();

    @Inject
    RawEventRows rows;

    @Inject
    AuditEventMapper mapper;

    /** Every event of the task in sequence order, or empty when there is no such task. */
    public Optional<List<AuditEvent>> taskHistory(String taskId) {
        List<AuditEvent> events = rows.ofAggregate(taskId, TASK_TYPE).stream().map(mapper::toEvent).toList();
        return events.isEmpty() ? Optional.empty() : Optional.of(events);
    }

    /**
     * Up to {@code limit} events after global index {@code after}, in global-index order. Only settled
     * indexes are served: an event that commits late can never appear below a page a client has already read,
     * so paging by {@code nextAfter} misses nothing.
     */
    public AuditPage page(long after, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
        List<ChainedEvent> page = rows.settledAfter(after, limit);
        List<StreamEvent> events = page.stream().map(mapper::toStreamEvent).toList();
        long nextAfter = events.isEmpty() ? after : events.get(events.size() - 1).globalIndex();
        return new AuditPage(events, nextAfter);
    }
}
