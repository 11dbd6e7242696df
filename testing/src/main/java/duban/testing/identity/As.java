package duban.testing.identity;

import static io.restassured.RestAssured.given;

import duban.embedded.identity.TokenIssuer;
import duban.testing.openapi.OpenApiResponseValidation;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The identities a test calls the service as: start every request with one of these, never with a bare
 * {@code given()}, so that each request carries the bearer token of the role it stands for (signed with
 * the test key the test profile trusts). Every answer is checked against the service's API document
 * ({@link OpenApiResponseValidation}).
 */
public final class As {

    private static final TokenIssuer TOKENS = TestTokens.issuer();
    private static final Map<String, String> ISSUED = new ConcurrentHashMap<>();

    private As() {
    }

    /** 督查室: plans, units, tasks, imports, approvals. */
    public static RequestSpecification supervisor() {
        return bearer(ISSUED.computeIfAbsent("supervisor", key -> TOKENS.supervisor("supervisor@duban.test")));
    }

    /** A unit's clerk, acting for that unit only. */
    public static RequestSpecification unit(String unitId) {
        return bearer(ISSUED.computeIfAbsent("unit:" + unitId, key -> TOKENS.unit("clerk-" + unitId + "@duban.test", unitId)));
    }

    /** Reads everything, changes nothing. */
    public static RequestSpecification auditor() {
        return bearer(ISSUED.computeIfAbsent("auditor", key -> TOKENS.auditor("auditor@duban.test")));
    }

    /** Another system: admin endpoints. */
    public static RequestSpecification service() {
        return bearer(ISSUED.computeIfAbsent("service", key -> TOKENS.service("system@duban.test")));
    }

    /** No token at all. */
    public static RequestSpecification anonymous() {
        return given().filter(OpenApiResponseValidation.INSTANCE);
    }

    public static RequestSpecification bearer(String token) {
        return anonymous().auth().oauth2(token);
    }
}
