package duban.tasks.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import duban.embedded.identity.TokenIssuer;
import duban.testing.identity.As;
import duban.testing.identity.TestTokens;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import duban.testing.state.TableCounts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

/**
 * The limits every service applies, answered as problems: writes per token (429 with Retry-After, other
 * tokens and reads unaffected), the body size (413) and the page size (400).
 */
@QuarkusTest
@TestProfile(LowWriteLimits.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class RequestLimitsTest {

    private static final TokenIssuer TOKENS = TestTokens.issuer();
    private static final long MAX_BODY_BYTES = 1024 * 1024;

    @Inject
    CommandGateway gateway;

    @Test
    void aTokenBeyondItsWriteRateIsRefusedWhileOtherTokensAndReadsPass() {
        String unit = new HostileTasks(gateway).registerUnit("限流单位");
        String busy = freshSupervisorToken();
        String taskId = null;
        for (int write = 1; write <= 3; write++) {
            taskId = create(As.bearer(busy), unit).then().statusCode(201).extract().path("id");
        }
        TableCounts state = HostileTasks.state();
        Object before = state.get();

        Response refused = create(As.bearer(busy), unit);

        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:duban:problem:rate-limited"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 10);
        assertThat(state.get()).isEqualTo(before);
        create(As.bearer(freshSupervisorToken()), unit).then().statusCode(201);
        for (int read = 0; read < 5; read++) {
            As.bearer(busy).get("/api/v1/tasks/{taskId}", taskId).then().statusCode(200);
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        String unit = new HostileTasks(gateway).registerUnit("超大请求单位");
        Map<String, Object> body = HostileTasks.taskBody(unit);
        body.put("text", "督".repeat((int) (MAX_BODY_BYTES / 3) + 1));
        TableCounts state = HostileTasks.state();
        Object before = state.get();

        As.bearer(freshSupervisorToken()).contentType(ContentType.JSON)
                .body(body).post("/api/v1/tasks")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:duban:problem:body-too-large"));

        assertThat(state.get()).isEqualTo(before);
    }

    @Test
    void aPageLargerThanTheMaximumIsRefused() {
        for (String limit : new String[] {"100000", "1001", "0", "-5", "lots"}) {
            As.auditor().queryParam("limit", limit).get("/api/v1/audit/events")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        As.auditor().queryParam("limit", 1000).get("/api/v1/audit/events").then().statusCode(200);
    }

    private static Response create(RequestSpecification as, String unit) {
        return as.contentType(ContentType.JSON).body(HostileTasks.taskBody(unit)).post("/api/v1/tasks");
    }

    private static String freshSupervisorToken() {
        return TOKENS.supervisor("limits-" + UUID.randomUUID() + "@duban.test");
    }
}
