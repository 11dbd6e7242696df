package duban.testing.hostile;

import duban.embedded.identity.TokenIssuer;
import duban.testing.identity.As;
import duban.testing.openapi.OpenApiResponseValidation;
import duban.testing.identity.TestTokens;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The few live values a service's hostile suite supplies: path parameters that name something that exists
 * (so that a body is judged, not a missing resource), well-formed bodies where the document's examples would
 * be refused by a ledger rule, and the unit a unit-only operation is called as. Everything else comes from
 * the document.
 */
public final class HostileFixture {

    private static final TokenIssuer TOKENS = TestTokens.issuer();

    private final Map<String, Supplier<String>> pathValues = new HashMap<>();
    private final Map<String, String> resolvedPathValues = new HashMap<>();
    private final Map<String, Supplier<Map<String, Object>>> bodies = new HashMap<>();
    private final Map<String, Map<String, String>> queries = new HashMap<>();
    private final Map<String, RawBody> rawBodies = new HashMap<>();
    private final Map<String, Integer> tooLarge = new HashMap<>();
    private String unitId = "hostile-unit";

    /** A body that is not JSON (a notice's text, a file): sent as the base of size and encoding attacks. */
    public record RawBody(String contentType, byte[] bytes) {
    }

    /** The value of a path parameter of this name wherever it appears; asked for once. */
    public HostileFixture pathValue(String name, Supplier<String> value) {
        pathValues.put(name, value);
        return this;
    }

    /** A well-formed JSON body for the operation ({@code "POST /api/v1/tasks"}), made fresh for each request. */
    public HostileFixture body(String operationKey, Supplier<Map<String, Object>> body) {
        bodies.put(operationKey, body);
        return this;
    }

    /** Query parameters every request to the operation carries (e.g. a dry run). */
    public HostileFixture query(String operationKey, Map<String, String> encodedParameters) {
        queries.put(operationKey, Map.copyOf(encodedParameters));
        return this;
    }

    public HostileFixture rawBody(String operationKey, String contentType, byte[] bytes) {
        rawBodies.put(operationKey, new RawBody(contentType, bytes));
        return this;
    }

    /**
     * How large a raw body must be for the operation to refuse it as too large (413), when more than the 10 MiB
     * the suite sends by default (a file upload whose limit lies above).
     */
    public HostileFixture tooLarge(String operationKey, int bytes) {
        tooLarge.put(operationKey, bytes);
        return this;
    }

    int tooLargeBytes(ApiOperation operation) {
        return tooLarge.getOrDefault(operation.key(), 10 * 1024 * 1024);
    }

    /** The unit a unit's clerk acts for, on operations only units may call. */
    public HostileFixture unit(String unitId) {
        this.unitId = unitId;
        return this;
    }

    String pathValue(String name) {
        return resolvedPathValues.computeIfAbsent(name,
                key -> pathValues.getOrDefault(key, () -> "hostile-" + UUID.randomUUID()).get());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> body(ApiOperation operation) {
        Supplier<Map<String, Object>> body = bodies.get(operation.key());
        Object sample = body != null ? body.get() : SampleValues.of(operation.jsonBody().orElseThrow());
        return new LinkedHashMap<>(sample instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of());
    }

    Map<String, String> query(ApiOperation operation) {
        return queries.getOrDefault(operation.key(), Map.of());
    }

    Optional<RawBody> rawBody(ApiOperation operation) {
        return Optional.ofNullable(rawBodies.get(operation.key()));
    }

    /**
     * An identity the operation admits, with a token of its own: the rate limit is per token, and a suite of
     * hundreds of writes must be judged on its input, not stopped by the limit.
     */
    RequestSpecification caller(ApiOperation operation) {
        // The suite's requests leave the document on purpose (paths such as /units/../contacts that no route takes,
        // bodies no schema admits); its own expectations judge the answers, not the API document's.
        return identity(operation).noFiltersOfType(OpenApiResponseValidation.class);
    }

    private RequestSpecification identity(ApiOperation operation) {
        String subject = "hostile-" + UUID.randomUUID() + "@duban.test";
        if (operation.roles().contains("supervisor")) {
            return As.bearer(TOKENS.supervisor(subject));
        }
        if (operation.roles().contains("unit")) {
            return As.bearer(TOKENS.unit(subject, unitId));
        }
        if (operation.roles().contains("service")) {
            return As.bearer(TOKENS.service(subject));
        }
        return As.bearer(TOKENS.auditor(subject));
    }
}
