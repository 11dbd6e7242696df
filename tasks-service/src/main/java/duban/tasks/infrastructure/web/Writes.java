package duban.tasks.infrastructure.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.LongFunction;

/**
 * The one way a write of the REST API ends: its command is sent on behalf of the caller, and the answer carries
 * as ETag the version the command left its aggregate at. A resource builds the command from the request and hands
 * it here; what runs before (the Idempotency-Key, the checks) is its {@link Idempotent} method's.
 */
@RequestScoped
public class Writes {

    @Inject
    Commands commands;

    @Inject
    UriInfo uri;

    /** 201 for the aggregate {@code id} the command creates: its view, Location naming it below the request's path. */
    public <V> Response created(WriteHeaders headers, Object command, AggregateViews<V> views, String id) {
        commands.send(command, headers.idempotencyKey());
        return views.created(uri, id);
    }

    /** 200 with the view of the aggregate {@code id} as the command left it. */
    public <V> Response changed(WriteHeaders headers, Object command, AggregateViews<V> views, String id) {
        commands.send(command, headers.idempotencyKey());
        return views.changed(id);
    }

    /**
     * For a command whose handler answers the version it left its aggregate at (every command on a task): that
     * version is the ETag, and {@code answer} makes the body of it, so nothing is read back.
     */
    public Response recorded(WriteHeaders headers, Object command, Response.Status status, LongFunction<?> answer) {
        long version = commands.<Long>send(command, headers.idempotencyKey());
        return Response.status(status).tag(AggregateViews.etag(version)).entity(answer.apply(version)).build();
    }
}
