package duban.tasks.infrastructure.web;

import duban.http.problem.AsOf;
import duban.http.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

/**
 * How the REST layer answers with the view of one aggregate of a kind: 404 naming the kind when there is none, the
 * view with its version as ETag otherwise.
 *
 * @param kind     what a 404 calls the aggregate, e.g. "plan"
 * @param findAsOf the view as of an instant (null: now)
 * @param version  the view's version, the ETag that If-Match names
 */
public record AggregateViews<V>(String kind, BiFunction<String, Instant, Optional<V>> findAsOf,
                                ToLongFunction<V> version) {

    /** The ETag of an aggregate at {@code version}. */
    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The view as of {@code asOf} (null: now), or 404. */
    public V require(String id, Instant asOf) {
        return findAsOf.apply(id, asOf).orElseThrow(() -> ProblemException.notFound(kind, id));
    }

    /** The view as it is now, or 404: a write on an aggregate that does not exist is refused before anything else. */
    public V require(String id) {
        return require(id, null);
    }

    /** GET of one aggregate: {@code asOf} as the query parameter gave it (400 if it is no instant), 404, 200. */
    public Response read(String id, String asOf) {
        return ok(require(id, AsOf.parse(asOf)));
    }

    /** 200 with {@code view}, ETag its version. */
    public Response ok(V view) {
        return Response.ok(view).tag(etag(version.applyAsLong(view))).build();
    }

    /** 201 for an aggregate just created: Location names it below the request's path, ETag its version. */
    Response created(UriInfo uri, String id) {
        V view = current(id);
        return Response.created(uri.getAbsolutePathBuilder().path(id).build())
                .tag(etag(version.applyAsLong(view))).entity(view).build();
    }

    /** 200 with the aggregate as it is now, ETag its version. */
    Response changed(String id) {
        return ok(current(id));
    }

    private V current(String id) {
        return findAsOf.apply(id, null).orElseThrow();
    }
}
