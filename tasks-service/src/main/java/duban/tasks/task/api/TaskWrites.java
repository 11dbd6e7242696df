package duban.tasks.task.api;

import duban.tasks.infrastructure.web.IfMatch;
import duban.tasks.infrastructure.web.Commands;
import duban.tasks.infrastructure.web.IdempotentRequests;
import duban.tasks.unit.query.UnitReferences;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/**
 * The one way every write to an existing task runs: once per Idempotency-Key, the units the request names
 * resolved (422 {@code unknown-unit} before anything is sent), If-Match passed as the command's expected
 * version, and the task's new version answered as ETag.
 */
@RequestScoped
public class TaskWrites {

    @Inject
    Commands commands;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    UnitReferences units;

    @Inject
    UriInfo uri;

    /** Builds the command from the version If-Match names and the request's units resolved to ids. */
    @FunctionalInterface
    public interface TaskCommand {
        Object build(Long expectedVersion, UnitReferences.Resolution units);
    }

    /** The id the client chose, or a new one when it chose none. */
    static String idOrNew(String chosen) {
        return chosen == null ? UUID.randomUUID().toString() : chosen;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** A decision or state change: 200 with the new version. */
    Response change(TaskWriteHeaders headers, Object request, TaskCommand command) {
        return send(headers, request, Response.Status.OK, Recorded.Kind.NONE, null, command);
    }

    /** A write that adds a record with an id (milestone, target, report, request): 201 naming it. */
    Response add(TaskWriteHeaders headers, Object request, Recorded.Kind kind, String id, TaskCommand command) {
        return send(headers, request, Response.Status.CREATED, kind, id, command);
    }

    private Response send(TaskWriteHeaders headers, Object request, Response.Status status, Recorded.Kind kind,
                          String id, TaskCommand command) {
        return idempotent.execute(headers.idempotencyKey, "POST", uri.getPath(), request, () -> {
            Long expectedVersion = IfMatch.version(headers.ifMatch);
            UnitReferences.Resolution resolution = units.resolution();
            Object built = command.build(expectedVersion, resolution);
            resolution.requireAllKnown();
            // The task answers the version this command left it at (Task#answerWithVersion).
            long version = commands.<Long>send(built, headers.idempotencyKey);
            return Response.status(status).tag(new EntityTag(Long.toString(version)))
                    .entity(Recorded.of(headers.taskId, version, kind, id)).build();
        });
    }
}
