package duban.http.security.input;

import duban.http.problem.ProblemMappers;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a path or query parameter holding a NUL character (sent as {@code %00}), 400: no id or value
 * contains one, and PostgreSQL fails on it in a text comparison instead of finding nothing.
 */
public class NulInAddress {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuse(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        boolean inQuery = uri.getQueryParameters().entrySet().stream()
                .anyMatch(parameter -> NulCharacters.in(parameter.getKey())
                        || parameter.getValue().stream().anyMatch(NulCharacters::in));
        if (!NulCharacters.in(uri.getPath()) && !inQuery) {
            return Optional.empty();
        }
        return Optional.of(ProblemMappers.respond(400, "nul-character", "Invalid request",
                "the " + (inQuery ? "query" : "path") + " contains a NUL character", List.of()));
    }
}
