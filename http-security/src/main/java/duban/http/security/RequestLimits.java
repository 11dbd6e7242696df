package duban.http.security;

import duban.http.problem.ProblemMappers;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before anything reads the body, writes beyond the caller's token rate: 429 with Retry-After.
 * (Bodies over the size limit never get here: {@link duban.http.security.input.BodySizeLimit}.)
 */
public class RequestLimits {

    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    TokenBuckets buckets;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limit(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return Optional.empty();
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
