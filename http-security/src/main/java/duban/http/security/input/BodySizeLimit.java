package duban.http.security.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import duban.http.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body larger than {@code duban.limits.max-body-size} (uploads under
 * {@code duban.limits.upload-path-prefix} may reach {@code duban.limits.max-upload-size}, and those under the optional
 * {@code duban.limits.large-upload-path-prefix} {@code duban.limits.max-large-upload-size}) from its
 * Content-Length, with 413 problem+json. It runs as a route ahead of Quarkus's own upload limit, which would
 * otherwise answer a body over {@code quarkus.http.limits.max-body-size} (or one announced with
 * {@code Expect: 100-continue}) with an empty 413; and it closes the connection, so the body is never read.
 * Bodies sent without a length are cut by that HTTP limit.
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "duban.limits.max-body-size", defaultValue = "1M")
    MemorySize maxBodySize;

    @ConfigProperty(name = "duban.limits.max-upload-size", defaultValue = "8M")
    MemorySize maxUploadSize;

    @ConfigProperty(name = "duban.limits.upload-path-prefix", defaultValue = "/api/v1/imports/")
    String uploadPathPrefix;

    @ConfigProperty(name = "duban.limits.large-upload-path-prefix")
    Optional<String> largeUploadPathPrefix;

    @ConfigProperty(name = "duban.limits.max-large-upload-size", defaultValue = "8M")
    MemorySize maxLargeUploadSize;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    void check(RoutingContext context) {
        String path = context.normalizedPath();
        long allowed = largeUploadPathPrefix.filter(path::startsWith).isPresent() ? maxLargeUploadSize.asLongValue()
                : path.startsWith(uploadPathPrefix) ? maxUploadSize.asLongValue() : maxBodySize.asLongValue();
        if (declaredLength(context) <= allowed) {
            context.next();
            return;
        }
        Problem problem = new Problem(Problem.type("body-too-large"), "Payload too large", 413,
                "the body may have at most " + allowed + " bytes", UUID.randomUUID().toString(), List.of());
        try {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    /** The announced length; a missing or unreadable one is left to the HTTP layer. */
    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
