package duban.testing.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorizationMatrixTest {

    @Test
    void anEndpointWithoutADeclaredRuleOrASampleIsAViolation() {
        AuthorizationMatrix matrix = new AuthorizationMatrix("甲", "乙", () -> 0);

        AuthorizationMatrix.Outcome outcome = matrix.run(List.of(
                new Endpoint("GET", "/no-roles", Set.of(), null),
                new Endpoint("POST", "/units-without-scope", Set.of("unit"), null),
                new Endpoint("POST", "/auditors-write", Set.of("auditor"), null),
                new Endpoint("GET", "/no-sample", Set.of("supervisor"), null)),
                Map.of("GET /gone", who -> as -> null));

        assertThat(outcome.violations()).containsExactly(
                "GET /no-roles: declares no roles (annotate it with @RolesAllowed)",
                "POST /units-without-scope: is open to units but declares no x-duban-unit-scope",
                "POST /auditors-write: lets auditors write",
                "GET /no-sample: no sample request in the matrix test",
                "GET /gone: sample for an endpoint the document does not have");
        assertThat(outcome.checks()).isZero();
    }

    @Test
    void theRuleGivesEachIdentityItsStatus() {
        Endpoint ownTasks = new Endpoint("POST", "/tasks/{id}/reports", Set.of("unit"), "own-tasks");
        Endpoint directory = new Endpoint("GET", "/units", Set.of("supervisor", "auditor", "unit"), "any");

        assertThat(AuthorizationMatrix.expected(ownTasks, Identity.NO_TOKEN)).isEqualTo(401);
        assertThat(AuthorizationMatrix.expected(ownTasks, Identity.EXPIRED)).isEqualTo(401);
        assertThat(AuthorizationMatrix.expected(ownTasks, Identity.WRONG_ISSUER)).isEqualTo(401);
        assertThat(AuthorizationMatrix.expected(ownTasks, Identity.SUPERVISOR)).isEqualTo(403);
        assertThat(AuthorizationMatrix.expected(ownTasks, Identity.OWNING_UNIT)).isEqualTo(200);
        assertThat(AuthorizationMatrix.expected(ownTasks, Identity.OTHER_UNIT)).isEqualTo(403);
        assertThat(AuthorizationMatrix.expected(ownTasks, Identity.AUDITOR)).isEqualTo(403);
        assertThat(AuthorizationMatrix.expected(directory, Identity.OTHER_UNIT)).isEqualTo(200);
        assertThat(AuthorizationMatrix.expected(directory, Identity.SERVICE)).isEqualTo(403);
    }
}
