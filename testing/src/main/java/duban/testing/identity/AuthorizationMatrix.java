package duban.testing.identity;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Calls every endpoint of a service as every {@link Identity} and compares the answer with the rule the
 * OpenAPI document declares: 401 without a valid token, 403 for a role or unit the rule leaves out, 2xx
 * otherwise; a refused call must answer problem+json and leave the observed state as it was. An endpoint
 * without a declared rule, or without a sample request, is itself a violation: nothing can be forgotten.
 */
public final class AuthorizationMatrix {

    /** Prepares what one call needs (a fresh task, a pending request…) before the state is observed. */
    @FunctionalInterface
    public interface Sample {
        Call prepare(Identity who);
    }

    /** The call itself, sent as the given caller. */
    @FunctionalInterface
    public interface Call {
        Response send(RequestSpecification as);
    }

    /** The outcome: checks made, and what went wrong. */
    public record Outcome(int endpoints, int checks, List<String> violations) {
    }

    private final String owningUnitId;
    private final String otherUnitId;
    private final Supplier<Object> state;

    /**
     * @param state observes what a refused call must not change (e.g. the event store's last index); it is
     *              read right before and after each refused call
     */
    public AuthorizationMatrix(String owningUnitId, String otherUnitId, Supplier<Object> state) {
        this.owningUnitId = owningUnitId;
        this.otherUnitId = otherUnitId;
        this.state = state;
    }

    /**
     * Runs the matrix over the live document of the service under test, prints its figures and returns the
     * outcome.
     */
    public Outcome runOnServedDocument(String service, Map<String, Sample> samples) {
        List<Endpoint> endpoints = Endpoint.all(As.anonymous().get("/q/openapi?format=json").jsonPath());
        Outcome outcome = run(endpoints, samples);
        System.out.printf("%s authorization matrix: %d endpoints x %d identities = %d checks, %d violations%n",
                service, outcome.endpoints(), Identity.values().length, outcome.checks(), outcome.violations().size());
        outcome.violations().forEach(violation -> System.out.println("  " + violation));
        return outcome;
    }

    public Outcome run(List<Endpoint> endpoints, Map<String, Sample> samples) {
        List<String> violations = new ArrayList<>();
        int checks = 0;
        for (Endpoint endpoint : endpoints) {
            Sample sample = samples.get(endpoint.key());
            String declared = declarationProblem(endpoint);
            if (declared != null) {
                violations.add(endpoint.key() + ": " + declared);
                continue;
            }
            if (sample == null) {
                violations.add(endpoint.key() + ": no sample request in the matrix test");
                continue;
            }
            for (Identity who : Identity.values()) {
                checks++;
                String problem = check(endpoint, who, sample);
                if (problem != null) {
                    violations.add(endpoint.key() + " as " + who + ": " + problem);
                }
            }
        }
        samples.keySet().stream().filter(key -> endpoints.stream().noneMatch(e -> e.key().equals(key)))
                .forEach(key -> violations.add(key + ": sample for an endpoint the document does not have"));
        return new Outcome(endpoints.size(), checks, violations);
    }

    /** What status class the rule gives this caller: 401, 403 or 2xx (as 200). */
    public static int expected(Endpoint endpoint, Identity who) {
        return switch (who) {
            case NO_TOKEN, EXPIRED, WRONG_ISSUER -> 401;
            case SUPERVISOR -> endpoint.roles().contains("supervisor") ? 200 : 403;
            case AUDITOR -> endpoint.roles().contains("auditor") ? 200 : 403;
            case SERVICE -> endpoint.roles().contains("service") ? 200 : 403;
            case OWNING_UNIT -> endpoint.roles().contains("unit") ? 200 : 403;
            case OTHER_UNIT -> endpoint.roles().contains("unit") && "any".equals(endpoint.unitScope()) ? 200 : 403;
        };
    }

    private static String declarationProblem(Endpoint endpoint) {
        if (endpoint.roles().isEmpty()) {
            return "declares no roles (annotate it with @RolesAllowed)";
        }
        if (endpoint.roles().contains("unit") && endpoint.unitScope() == null) {
            return "is open to units but declares no " + Endpoint.UNIT_SCOPE;
        }
        if (endpoint.method().equals("GET") || !endpoint.roles().contains("auditor")) {
            return null;
        }
        return "lets auditors write";
    }

    private String check(Endpoint endpoint, Identity who, Sample sample) {
        int expected = expected(endpoint, who);
        Call call = sample.prepare(who);
        Object before = expected == 200 ? null : state.get();
        Response response = call.send(who.as(owningUnitId, otherUnitId));
        int status = response.statusCode();
        boolean matches = expected == 200 ? status >= 200 && status < 300 : status == expected;
        if (!matches) {
            return "expected " + (expected == 200 ? "2xx" : expected) + ", got " + status + " "
                    + abbreviate(response.asString());
        }
        if (expected != 200) {
            String type = String.valueOf(response.contentType());
            if (!type.startsWith("application/problem+json")) {
                return "refusal answered as " + type + ", not application/problem+json";
            }
            Object after = state.get();
            if (!Objects.equals(before, after)) {
                return "refused, yet the state changed from " + before + " to " + after;
            }
        }
        return null;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
