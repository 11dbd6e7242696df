package duban.http.security;

import duban.http.problem.ProblemMappers;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers refused calls as problems. Why a token was refused (expired, foreign issuer, bad signature) is
 * not told: it would help a forger more than a user, whose client can read the token's own claims.
 */
public class SecurityProblems {

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemMappers.respond(403, "forbidden", "Forbidden",
                "the caller's role may not do this", List.of());
    }

    private static Response unauthorized() {
        Response problem = ProblemMappers.respond(401, "unauthenticated", "Unauthorized",
                "a valid bearer token is required (Authorization: Bearer …)", List.of());
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
