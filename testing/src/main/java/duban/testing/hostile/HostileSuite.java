package duban.testing.hostile;

import duban.testing.identity.As;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends every hostile request derived from a service's served OpenAPI document and judges each answer:
 * never 5xx, never rate-limited (each request has a token of its own), a refusal is
 * {@code application/problem+json} and leaves the observed state as it was, a GET never changes it, and a
 * request's own {@link Expectation} holds. Violations are collected, not thrown, so one run lists them all.
 */
public final class HostileSuite {

    /** What was sent and what went wrong. */
    public record Outcome(String service, int operations, int requests, Map<String, Integer> requestsPerOperation,
                          List<String> violations) {
    }

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final int LARGE_BODY = 1024 * 1024;
    /** Bodies go out as the bytes given, whatever their Content-Type claims, with no charset added. */
    private static final RestAssuredConfig RAW_BODIES = RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
            .encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.BINARY)
            .appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private final HostileFixture fixture;
    private final Supplier<Object> state;

    /**
     * @param state observes what a refused request must not change; read right before and after each request
     */
    public HostileSuite(HostileFixture fixture, Supplier<Object> state) {
        this.fixture = fixture;
        this.state = state;
    }

    /** Runs over the live document of the service under test, prints its figures and returns the outcome. */
    public Outcome runOnServedDocument(String service) {
        Map<String, Object> document = As.anonymous().get("/q/openapi?format=json").jsonPath().getMap("$");
        Outcome outcome = run(service, new ApiDocument(document).operations());
        System.out.printf("%s hostile input: %d requests over %d operations, %d violations%n", outcome.service(),
                outcome.requests(), outcome.operations(), outcome.violations().size());
        outcome.requestsPerOperation().forEach((operation, count) -> System.out.printf("  %5d  %s%n", count, operation));
        outcome.violations().forEach(violation -> System.out.println("  VIOLATION " + violation));
        return outcome;
    }

    public Outcome run(String service, List<ApiOperation> operations) {
        Map<String, Integer> perOperation = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        int sent = 0;
        for (ApiOperation operation : operations) {
            List<HostileRequest> requests = requests(operation);
            perOperation.put(operation.key(), requests.size());
            for (HostileRequest request : requests) {
                sent++;
                String problem = check(request);
                if (problem != null) {
                    violations.add(request.describe() + ": " + problem);
                }
            }
        }
        return new Outcome(service, operations.size(), sent, perOperation, violations);
    }

    /** Every hostile request for one operation. */
    public List<HostileRequest> requests(ApiOperation operation) {
        List<HostileRequest> requests = new ArrayList<>();
        Map<String, String> query = fixture.query(operation);
        String path = path(operation, Map.of());
        if (operation.jsonBody().isPresent()) {
            for (BodyVariants.Body body : BodyVariants.of(operation.jsonBody().get(), fixture.body(operation))) {
                requests.add(new HostileRequest(operation, "body." + body.kind(), path, query, body.contentType(),
                        body.bytes(), body.expectation()));
            }
        } else {
            fixture.rawBody(operation).ifPresent(raw -> rawBodies(operation, raw, path, query, requests,
                    fixture.tooLargeBytes(operation)));
        }
        for (ApiOperation.Parameter parameter : operation.in("path")) {
            ParameterVariants.pathSegments().forEach((attack, segment) -> requests.add(new HostileRequest(operation,
                    "path." + attack + ":" + parameter.name(), path(operation, Map.of(parameter.name(), segment)),
                    query, baseContentType(operation), baseBody(operation), Expectation.HANDLED)));
        }
        headerVariants(operation, path, query, requests);
        if (!operation.writes()) {
            requests.add(new HostileRequest(operation, "query.undeclared-paging", path, undeclaredPaging(query),
                    null, null, Expectation.HANDLED));
            for (ApiOperation.Parameter parameter : operation.in("query")) {
                ParameterVariants.queryValues(parameter).forEach((attack, value) -> {
                    Map<String, String> hostile = new LinkedHashMap<>(query);
                    hostile.put(parameter.name(), value);
                    requests.add(new HostileRequest(operation, "query." + attack + ":" + parameter.name(), path,
                            hostile, null, null, Expectation.HANDLED));
                });
            }
        }
        return requests;
    }

    /** Headers a client may send on any operation: odd media types, bogus conditions, method overrides. */
    private void headerVariants(ApiOperation operation, String path, Map<String, String> query,
                                List<HostileRequest> requests) {
        String type = baseContentType(operation);
        byte[] body = baseBody(operation);
        Map<String, Map<String, String>> headers = new LinkedHashMap<>();
        headers.put("accept-xml", Map.of("Accept", "application/xml"));
        headers.put("accept-garbage", Map.of("Accept", "*/*;q=abc, ;;;"));
        headers.put("method-override", Map.of("X-HTTP-Method-Override", "DELETE", "X-HTTP-Method", "DELETE"));
        headers.put("forwarded-spoof", Map.of("X-Forwarded-For", "127.0.0.1, <script>", "Forwarded", "for=\"[::1]\";proto=gopher"));
        headers.put("header-injection-attempt", Map.of("X-Duban-Actor", "supervisor@duban.test", "X-Correlation-Id", "' OR 1=1 --"));
        headers.put("long-header", Map.of("X-Hostile", "h".repeat(4_000)));
        if (operation.writes()) {
            headers.put("if-match-garbage", Map.of("If-Match", "\"'; DROP TABLE x; --\""));
            headers.put("if-match-negative", Map.of("If-Match", "\"-1\""));
            headers.put("if-match-huge", Map.of("If-Match", "\"99999999999999999999999\""));
            headers.put("idempotency-key-overlong", Map.of("Idempotency-Key", "k".repeat(4_000)));
            headers.put("idempotency-key-injection", Map.of("Idempotency-Key", "'; DELETE FROM idempotency_record; --"));
        } else {
            headers.put("if-none-match-garbage", Map.of("If-None-Match", "W/\"<script>\", *, \""));
        }
        headers.forEach((attack, values) -> requests.add(new HostileRequest(operation, "header." + attack, path, query,
                values, type, body, Expectation.HANDLED)));
    }

    /** Page parameters a client may try although the operation does not declare them. */
    private static Map<String, String> undeclaredPaging(Map<String, String> query) {
        Map<String, String> paging = new LinkedHashMap<>(query);
        paging.put("page", "-1");
        paging.put("size", "100000");
        paging.put("offset", "-9223372036854775809");
        paging.put("sort", "id%3BDROP%20TABLE%20x");
        return paging;
    }

    private static void rawBodies(ApiOperation operation, HostileFixture.RawBody raw, String path,
                                  Map<String, String> query, List<HostileRequest> requests, int tooLarge) {
        byte[] huge = new byte[tooLarge];
        java.util.Arrays.fill(huge, (byte) 'x');
        String size = tooLarge % (1024 * 1024) == 0 ? tooLarge / (1024 * 1024) + "MB" : tooLarge + "B";
        requests.add(new HostileRequest(operation, "raw.size." + size, path, query, raw.contentType(), huge,
                Expectation.TOO_LARGE));
        requests.add(new HostileRequest(operation, "raw.invalid-utf8", path, query, raw.contentType(),
                new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3, 0x28, (byte) 0xC0, (byte) 0xAF}, Expectation.HANDLED));
        requests.add(new HostileRequest(operation, "raw.empty", path, query, raw.contentType(), new byte[0], Expectation.HANDLED));
        requests.add(new HostileRequest(operation, "raw.nul", path, query, raw.contentType(),
                "一、\u0000重点任务\n".getBytes(StandardCharsets.UTF_8), Expectation.HANDLED));
        requests.add(new HostileRequest(operation, "raw.json-instead", path, query, BodyVariants.JSON,
                "{\"text\":\"督办\"}".getBytes(StandardCharsets.UTF_8), Expectation.REFUSED));
    }

    private String baseContentType(ApiOperation operation) {
        if (operation.jsonBody().isPresent()) {
            return BodyVariants.JSON;
        }
        return fixture.rawBody(operation).map(HostileFixture.RawBody::contentType).orElse(null);
    }

    private byte[] baseBody(ApiOperation operation) {
        if (operation.jsonBody().isPresent()) {
            return JsonText.write(fixture.body(operation)).getBytes(StandardCharsets.UTF_8);
        }
        return fixture.rawBody(operation).map(HostileFixture.RawBody::bytes).orElse(null);
    }

    /** The path with every parameter filled: the given encoded segments, else the fixture's values. */
    private String path(ApiOperation operation, Map<String, String> encodedSegments) {
        Matcher parameter = PATH_PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            String segment = encodedSegments.containsKey(name) ? encodedSegments.get(name)
                    : URLEncoder.encode(fixture.pathValue(name), StandardCharsets.UTF_8).replace("+", "%20");
            parameter.appendReplacement(path, Matcher.quoteReplacement(segment));
        }
        parameter.appendTail(path);
        return path.toString();
    }

    /** The request sent and judged: null when it was answered as it must be, else what is wrong. */
    String check(HostileRequest request) {
        RequestSpecification spec = fixture.caller(request.operation()).urlEncodingEnabled(false).config(RAW_BODIES);
        if (request.contentType() != null) {
            spec.contentType(request.contentType());
        }
        if (request.body() != null) {
            spec.body(request.body());
            if (request.body().length > LARGE_BODY) {
                // The service refuses an oversized body from its length alone and then closes the connection;
                // a client that waits for "100 Continue" reads that refusal instead of writing into a closed socket.
                spec.header("Expect", "100-continue");
            }
        }
        request.query().forEach(spec::queryParam);
        request.headers().forEach(spec::header);
        Object before = state.get();
        Response response;
        try {
            response = spec.request(request.operation().method(), request.path());
        } catch (Exception e) {
            return "no answer: " + e;
        }
        int status = response.statusCode();
        List<String> problems = new ArrayList<>();
        if (status >= 500) {
            problems.add("server error");
        }
        if (status == 429) {
            problems.add("rate-limited, so the input was not judged");
        }
        switch (request.expectation()) {
            case REFUSED -> {
                if (status < 400) {
                    problems.add("accepted");
                }
            }
            case TOO_LARGE -> {
                if (status != 413) {
                    problems.add("expected 413");
                }
            }
            case HANDLED -> { }
        }
        String type = String.valueOf(response.contentType());
        if (status >= 400 && !type.startsWith(PROBLEM_JSON)) {
            problems.add("refused as '" + type + "', not " + PROBLEM_JSON);
        }
        if (status >= 400 || !request.operation().writes()) {
            Object after = state.get();
            if (!Objects.equals(before, after)) {
                problems.add("state changed from " + before + " to " + after);
            }
        }
        return problems.isEmpty() ? null : status + " " + String.join("; ", problems) + " — " + abbreviate(response.asString());
    }

    private static String abbreviate(String body) {
        String oneLine = body.replace('\n', ' ');
        return oneLine.length() > 240 ? oneLine.substring(0, 240) + "…" : oneLine;
    }
}
