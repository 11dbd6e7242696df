package duban.tasks.infrastructure.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The POSTs that create or change one aggregate: run once per Idempotency-Key, send the command, answer with the
 * aggregate as the command left it (201 with Location when created, 200 when changed; ETag its version).
 */
@RequestScoped
public class AggregateWrites {

    @Inject
    IdempotentRequests idempotent;

    @Inject
    Commands commands;

    /** Creates an aggregate under a new id; {@code command} builds the command for that id (and may refuse). */
    public <V> Response create(UriInfo uri, String idempotencyKey, Object request, AggregateViews<V> views,
                               Function<String, Object> command) {
        return idempotent.execute(idempotencyKey, "POST", uri.getPath(), request, () -> {
            String id = UUID.randomUUID().toString();
            commands.send(command.apply(id), idempotencyKey);
            return views.created(uri, id);
        });
    }

    /** Changes the aggregate {@code id}: 404 when there is none, before {@code command} is even built. */
    public <V> Response change(UriInfo uri, String idempotencyKey, Object request, AggregateViews<V> views,
                               String id, Supplier<Object> command) {
        return idempotent.execute(idempotencyKey, "POST", uri.getPath(), request, () -> {
            views.require(id, null);
            commands.send(command.get(), idempotencyKey);
            return views.changed(id);
        });
    }
}
