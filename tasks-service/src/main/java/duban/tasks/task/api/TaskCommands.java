package duban.tasks.task.api;

import duban.tasks.infrastructure.web.AggregateViews;
import duban.tasks.infrastructure.web.WriteHeaders;
import duban.tasks.infrastructure.web.Writes;
import duban.tasks.unit.query.UnitReferences;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;

/**
 * How a task resource hands its command to the write pipeline ({@link Writes}). The units a request names, by
 * id, name or alias, are resolved while the command is built and refused all together (422 {@code unknown-unit},
 * with close matches) before it is sent; a write on an existing task answers a {@link Recorded}.
 */
@RequestScoped
public class TaskCommands {

    @Inject
    Writes writes;

    @Inject
    UnitReferences references;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private UnitReferences.Resolution resolution;
    /** The transaction the resolution was made in: a write run again (its batch rolled back) resolves anew. */
    private Object resolvedIn;

    /** The id of the unit {@code reference} names; an unknown one is refused when the command is sent. */
    String unit(String field, String reference) {
        return resolution().unit(field, reference);
    }

    /** The ids of the units a list names, in order; null stays null. */
    List<String> units(String field, List<String> references) {
        return resolution().units(field, references);
    }

    /** This request's resolution of unit names, for requests that name units deep in their body. */
    UnitReferences.Resolution resolution() {
        Object transaction = transactions.getTransactionKey();
        if (resolution == null || !Objects.equals(resolvedIn, transaction)) {
            resolution = references.resolution();
            resolvedIn = transaction;
        }
        return resolution;
    }

    /** 201 for the task the command creates, with its view. */
    <V> Response created(WriteHeaders headers, Object command, AggregateViews<V> views, String taskId) {
        resolution().requireAllKnown();
        return writes.created(headers, command, views, taskId);
    }

    /** 200 for a decision or a state change: the task's new version. */
    Response changed(TaskWriteHeaders task, Object command) {
        return recorded(task, command, Response.Status.OK, Recorded.Kind.NONE, null);
    }

    /** 201 for a write that adds to the task; {@code id} names what it added, under {@code kind}. */
    Response added(TaskWriteHeaders task, Object command, Recorded.Kind kind, String id) {
        return recorded(task, command, Response.Status.CREATED, kind, id);
    }

    private Response recorded(TaskWriteHeaders task, Object command, Response.Status status, Recorded.Kind kind,
                              String id) {
        resolution().requireAllKnown();
        return writes.recorded(task, command, status, Recorded.of(task.taskId(), kind, id));
    }
}
