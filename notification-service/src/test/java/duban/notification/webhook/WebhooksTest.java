package duban.notification.webhook;

import static duban.testing.ledger.ShanghaiTime.shanghai;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import duban.events.EventJson;
import duban.events.notification.ReminderSent;
import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportingDayPolicy;
import duban.events.task.TaskCreated;
import duban.events.task.TaskUrged;
import duban.notification.MutableClock;
import duban.notification.delivery.Dispatcher;
import duban.testing.identity.As;
import duban.testing.ledger.LedgerTopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A unit's webhooks get its reminders as signed POSTs: a receiver that fails is retried until it takes the delivery
 * (once), a slow one delays no other, a deactivated one gets nothing more, and bad registrations store nothing.
 */
@QuarkusTest
class WebhooksTest {

    private static WireMockServer receivers;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "duban.deliveries.timeout")
    Duration timeout;

    @Inject
    MutableClock clock;

    @Inject
    Dispatcher dispatcher;

    private LedgerTopicWriter topic;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String plan = "plan-" + suffix;
    private final String task = "task-" + suffix;
    private final String unit = "unit-" + suffix;

    @BeforeAll
    static void startReceivers() {
        receivers = new WireMockServer(options().dynamicPort());
        receivers.start();
    }

    @AfterAll
    static void stopReceivers() {
        receivers.stop();
    }

    @BeforeEach
    void writeATaskOfTheUnit() {
        topic = new LedgerTopicWriter(bootstrap);
        clock.set(shanghai("2017-11-07T10:00:01"));
        topic.write(new PlanRegistered(plan, "方案", null, null, LocalDate.parse("2017-11-01"), List.of(5, 20),
                "Asia/Shanghai", ReportingDayPolicy.NEXT_WORKING_DAY), shanghai("2017-11-07T09:00"));
        topic.write(new TaskCreated(task, plan, null, "二.(一).1", "培育高新技术企业", null, List.of(unit), List.of(),
                null), shanghai("2017-11-07T09:00"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                As.unit(unit).get("/api/v1/units/{u}/schedule", unit).then().body("obligations", hasSize(1)));
    }

    @AfterEach
    void disconnect() {
        topic.close();
    }

    private String path(String name) {
        return "/hooks/" + suffix + "/" + name;
    }

    private String url(String name) {
        return "http://localhost:" + receivers.port() + path(name);
    }

    /** Registers a webhook as the unit's clerk; answers id and secret. */
    private Map<String, String> register(String name) {
        ValidatableResponse created = As.unit(unit).contentType(ContentType.JSON)
                .body(Map.of("url", url(name), "description", "政务OA " + name))
                .post("/api/v1/units/{u}/webhooks", unit).then().statusCode(201)
                .body("secret", org.hamcrest.Matchers.startsWith("whsec_"))
                .body("active", equalTo(true));
        return Map.of("id", created.extract().path("id"), "secret", created.extract().path("secret"));
    }

    private void urge() {
        topic.write(new TaskUrged(task, List.of(unit), "请抓紧报送"), shanghai("2017-11-07T10:00"));
    }

    private ValidatableResponse deliveries(String channel) {
        return As.unit(unit).queryParam("channel", channel).get("/api/v1/units/{u}/deliveries", unit).then()
                .statusCode(200);
    }

    private List<LoggedRequest> received(String name) {
        return receivers.findAll(postRequestedFor(urlEqualTo(path(name))));
    }

    @Test
    void anUrgeIsPostedSignedWithTheSecretShownOnceAndLogged() throws Exception {
        receivers.stubFor(post(path("oa")).willReturn(aResponse().withStatus(202).withBody("已接收")));
        Map<String, String> webhook = register("oa");
        As.unit(unit).get("/api/v1/units/{u}/webhooks", unit).then().statusCode(200)
                .body("id", contains(webhook.get("id")))
                .body("[0].secret", nullValue())
                .body("[0].url", equalTo(url("oa")));
        As.unit(unit).get("/api/v1/units/{u}/schedule", unit).then().statusCode(200)
                .body("reminders[0].channels", contains("INBOX", "KAFKA", "WEBHOOK"));

        urge();

        await().atMost(Duration.ofSeconds(20)).until(() -> received("oa").size() == 1);
        LoggedRequest request = received("oa").get(0);
        String timestamp = request.getHeader(WebhookSignature.TIMESTAMP);
        assertThat(request.getHeader(WebhookSignature.SIGNATURE))
                .isEqualTo(WebhookSignature.sign(webhook.get("secret"), Long.parseLong(timestamp), request.getBody()))
                .isEqualTo("v1=" + hmacHex(webhook.get("secret"), timestamp + "." + request.getBodyAsString()));
        assertThat(request.getHeader(WebhookSignature.WEBHOOK_ID)).isEqualTo(webhook.get("id"));
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        ReminderSent sent = EventJson.mapper().readValue(request.getBody(), ReminderSent.class);
        assertThat(sent.kind()).isEqualTo("URGED");
        assertThat(sent.recipient()).isEqualTo(unit);
        assertThat(sent.body()).isEqualTo("督查室催办「二.(一).1 培育高新技术企业」：请抓紧报送");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> deliveries("WEBHOOK")
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].target", equalTo(webhook.get("id")))
                .body("items[0].lastStatus", equalTo(202))
                .body("items[0].id", equalTo(request.getHeader(WebhookSignature.DELIVERY_ID)))
                .body("items[0].reminderId", equalTo(sent.reminderId())));
        As.unit(unit).get("/api/v1/units/{u}/webhooks/{id}/deliveries", unit, webhook.get("id")).then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].statusCode", equalTo(202))
                .body("items[0].delivered", equalTo(true))
                .body("items[0].responseBody", equalTo("已接收"))
                .body("items[0].attempt", equalTo(1));
        // the topic took it too
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> deliveries("KAFKA")
                .body("items[0].status", equalTo("DELIVERED")));
        // counted per channel at /q/metrics (unauthenticated, as Prometheus scrapes it)
        String metrics = io.restassured.RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .containsPattern("duban_deliveries_total\\{channel=\"KAFKA\",outcome=\"delivered\"} [1-9]")
                .containsPattern("duban_deliveries_total\\{channel=\"WEBHOOK\",outcome=\"delivered\"} [1-9]");
        // the secret is never shown again
        assertThat(As.supervisor().get("/api/v1/units/{u}/webhooks", unit).then().extract().asString())
                .doesNotContain(webhook.get("secret"));
    }

    @Test
    void aReceiverThatFailsAndRecoversGetsTheDeliveryOnceWithTheFailedTryInTheLog() {
        receivers.stubFor(post(path("flaky")).inScenario("flaky-" + suffix).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("数据库忙")).willSetStateTo("recovered"));
        receivers.stubFor(post(path("flaky")).inScenario("flaky-" + suffix).whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200)));
        Map<String, String> webhook = register("flaky");

        urge();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> deliveries("WEBHOOK")
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].lastStatus", equalTo(500))
                .body("items[0].attempts", equalTo(1)));
        // not retried before its backoff
        dispatcher.dispatch().await().atMost(Duration.ofSeconds(10));
        assertThat(received("flaky")).hasSize(1);

        clock.set(shanghai("2017-11-07T10:00:12"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> deliveries("WEBHOOK")
                .body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].attempts", equalTo(2))
                .body("items[0].lastStatus", equalTo(200)));
        clock.set(shanghai("2017-11-07T12:00:00"));
        dispatcher.dispatch().await().atMost(Duration.ofSeconds(10));
        assertThat(received("flaky")).hasSize(2);
        assertThat(received("flaky")).extracting(r -> r.getHeader(WebhookSignature.DELIVERY_ID)).containsOnly(
                received("flaky").get(0).getHeader(WebhookSignature.DELIVERY_ID));
        As.unit(unit).get("/api/v1/units/{u}/webhooks/{id}/deliveries", unit, webhook.get("id")).then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.attempt", contains(2, 1))
                .body("items.statusCode", contains(200, 500))
                .body("items.delivered", contains(true, false))
                .body("items[1].responseBody", equalTo("数据库忙"));
    }

    @Test
    void aSlowReceiverIsCutByTheTimeoutAndDelaysNoOtherWebhook() {
        long slowMillis = timeout.toMillis() * 3;
        receivers.stubFor(post(path("slow")).willReturn(aResponse().withStatus(200)
                .withFixedDelay((int) slowMillis)));
        receivers.stubFor(post(path("fast")).willReturn(aResponse().withStatus(204)));
        String slow = register("slow").get("id");
        String fast = register("fast").get("id");

        long started = System.nanoTime();
        urge();
        await().atMost(Duration.ofSeconds(20)).until(() -> received("fast").size() == 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> deliveries("WEBHOOK")
                .body("items.find { it.target == '" + fast + "' }.status", equalTo("DELIVERED")));
        long fastDone = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertThat(fastDone).as("the fast webhook's delivery is settled before the slow one is cut")
                .isLessThan(timeout.toMillis());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> deliveries("WEBHOOK")
                .body("items.find { it.target == '" + slow + "' }.status", equalTo("PENDING"))
                .body("items.find { it.target == '" + slow + "' }.lastError",
                        org.hamcrest.Matchers.containsString("no answer within")));
        As.unit(unit).get("/api/v1/units/{u}/webhooks/{id}/deliveries", unit, slow).then().statusCode(200)
                .body("items[0].statusCode", nullValue())
                .body("items[0].delivered", equalTo(false))
                .body("items[0].durationMs", org.hamcrest.Matchers.greaterThanOrEqualTo((int) timeout.toMillis()))
                .body("items[0].durationMs", org.hamcrest.Matchers.lessThan((int) slowMillis));
    }

    @Test
    void deactivatingAWebhookCancelsItsPendingDeliveriesAndKeepsItListed() {
        receivers.stubFor(post(path("down")).willReturn(aResponse().withStatus(503)));
        String id = register("down").get("id");
        urge();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> deliveries("WEBHOOK")
                .body("items[0].status", equalTo("PENDING")).body("items[0].lastStatus", equalTo(503)));

        As.unit(unit).delete("/api/v1/units/{u}/webhooks/{id}", unit, id).then().statusCode(204);
        deliveries("WEBHOOK").body("items[0].status", equalTo("CANCELLED"));
        As.unit(unit).get("/api/v1/units/{u}/deliveries", unit).then().statusCode(200)
                .body("items.channel", hasItem("KAFKA"))
                .body("items.status", hasItem("CANCELLED"));
        As.unit(unit).queryParam("status", "CANCELLED").get("/api/v1/units/{u}/deliveries", unit).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].channel", equalTo("WEBHOOK"));

        assertThat(io.restassured.RestAssured.get("/q/metrics").then().extract().asString()).containsPattern(
                "duban_deliveries_total\\{channel=\"WEBHOOK\",outcome=\"cancelled\"} [1-9]");
        clock.set(shanghai("2017-11-07T18:00:00"));
        dispatcher.dispatch().await().atMost(Duration.ofSeconds(10));
        assertThat(received("down")).hasSize(1);
        As.unit(unit).get("/api/v1/units/{u}/webhooks", unit).then().statusCode(200)
                .body("[0].active", equalTo(false))
                .body("[0].deactivatedAt", not(nullValue()));
        As.unit(unit).delete("/api/v1/units/{u}/webhooks/{id}", unit, id).then().statusCode(204);
        As.unit(unit).get("/api/v1/units/{u}/schedule", unit).then().statusCode(200)
                .body("reminders[0].channels", contains("INBOX", "KAFKA"));
    }

    @Test
    void badRegistrationsAreRefusedAsProblemsAndStoreNothing() {
        String tooLong = "https://example.org/" + "a".repeat(2000);
        for (Object url : new Object[] {"not a url", "javascript:alert(1)", "ftp://example.org/hook",
                "https://clerk:secret@example.org/hook", "//example.org/hook", "https:///nohost", tooLong,
                "https://example.org/hook#frag", "https://例子.中国/hook", ""}) {
            As.unit(unit).contentType(ContentType.JSON).body(Map.of("url", url))
                    .post("/api/v1/units/{u}/webhooks", unit).then()
                    .statusCode(400).contentType("application/problem+json");
        }
        As.unit(unit).contentType(ContentType.JSON).body(Map.of("url", url("x"), "description", "说".repeat(501)))
                .post("/api/v1/units/{u}/webhooks", unit).then().statusCode(400)
                .contentType("application/problem+json");
        As.unit(unit).contentType(ContentType.JSON).body("{}").post("/api/v1/units/{u}/webhooks", unit).then()
                .statusCode(400).contentType("application/problem+json");
        As.unit("别的单位-" + suffix).contentType(ContentType.JSON).body(Map.of("url", url("x")))
                .post("/api/v1/units/{u}/webhooks", unit).then().statusCode(403)
                .contentType("application/problem+json");
        As.unit(unit).contentType(ContentType.JSON).body(Map.of("url", url("x")))
                .post("/api/v1/units/{u}/webhooks", "SUPERVISORS").then().statusCode(403)
                .contentType("application/problem+json");
        As.auditor().contentType(ContentType.JSON).body(Map.of("url", url("x")))
                .post("/api/v1/units/{u}/webhooks", unit).then().statusCode(403);
        As.unit("别的单位-" + suffix).get("/api/v1/units/{u}/webhooks", unit).then().statusCode(403)
                .contentType("application/problem+json");
        As.unit(unit).delete("/api/v1/units/{u}/webhooks/{id}", unit, UUID.randomUUID().toString()).then()
                .statusCode(404).contentType("application/problem+json");

        As.supervisor().get("/api/v1/units/{u}/webhooks", unit).then().statusCode(200).body("", hasSize(0));
        As.supervisor().get("/api/v1/units/{u}/webhooks", "SUPERVISORS").then().statusCode(200);
    }

    private static String hmacHex(String secret, String text) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @SuppressWarnings("unused")
    private static JsonNode json(byte[] body) throws Exception {
        return EventJson.mapper().readTree(body);
    }
}
