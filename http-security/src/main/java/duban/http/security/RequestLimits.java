package duban.http.security;

import duban.http.problem.ProblemMappers;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before anything reads the body: a body larger than {@code duban.limits.max-body-size} (uploads
 * under {@code duban.limits.upload-path-prefix} may reach {@code duban.limits.max-upload-size}), 413; and
 * writes beyond the caller's token rate, 429 with Retry-After. Bodies sent without a length are cut by the
 * HTTP layer's own limit ({@code quarkus.http.limits.max-body-size}).
 */
public class RequestLimits {

    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    TokenBuckets buckets;

    @ConfigProperty(name = "duban.limits.max-body-size", defaultValue = "1M")
    MemorySize maxBodySize;

    @ConfigProperty(name = "duban.limits.max-upload-size", defaultValue = "8M")
    MemorySize maxUploadSize;

    @ConfigProperty(name = "duban.limits.upload-path-prefix", defaultValue = "/api/v1/imports/")
    String uploadPathPrefix;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limit(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return Optional.empty();
        }
        long allowed = request.getUriInfo().getPath().startsWith(uploadPathPrefix)
                ? maxUploadSize.asLongValue() : maxBodySize.asLongValue();
        if (request.getLength() > allowed) {
            return Optional.of(ProblemMappers.respond(413, "body-too-large", "Payload too large",
                    "the body may have at most " + allowed + " bytes", List.of()));
        }
        String token = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        long waitMillis = token == null ? 0 : buckets.take(token);
        if (waitMillis > 0) {
            Response problem = ProblemMappers.respond(429, "rate-limited", "Too many requests",
                    "this token sent more writes than its limit allows; retry after the given delay", List.of());
            return Optional.of(Response.fromResponse(problem)
                    .header(HttpHeaders.RETRY_AFTER, Math.max(1, (waitMillis + 999) / 1000)).build());
        }
        return Optional.empty();
    }
}
