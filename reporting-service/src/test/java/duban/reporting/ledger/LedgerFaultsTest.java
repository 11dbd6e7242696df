package duban.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import duban.events.envelope.CloudEvent;
import duban.events.task.TaskCreated;
import duban.testing.identity.As;
import duban.testing.ledger.LedgerTopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger consumer under faults: an event the database refuses stops the consumer there (never skipped), is named
 * by readiness, and goes through with the events after it once the database takes it; records no build can read are
 * skipped and counted; the meters are scraped.
 */
@QuarkusTest
class LedgerFaultsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource dataSource;

    private LedgerTopicWriter topic;

    @BeforeEach
    void connect() {
        topic = new LedgerTopicWriter(bootstrap);
    }

    @AfterEach
    void disconnect() {
        topic.close();
        sql("drop trigger if exists reject_poison on ledger_event");
    }

    @Test
    void aRefusedEventStopsTheConsumerThereIsNamedByReadinessAndGoesThroughOnceTheDatabaseTakesIt() {
        String before = "before-" + UUID.randomUUID();
        String poison = "poison-" + UUID.randomUUID();
        String after = "after-" + UUID.randomUUID();
        sql("create or replace function reject_poison() returns trigger language plpgsql as $$ begin "
                + "if new.aggregate_id like 'poison-%' then raise exception 'poisoned %', new.aggregate_id; end if; "
                + "return new; end $$");
        sql("create trigger reject_poison before insert on ledger_event for each row execute function reject_poison()");

        topic.write(task(before));
        CloudEvent poisoned = topic.write(task(poison));
        topic.write(task(after));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> data = ledgerView(503);
            assertThat(data).containsEntry("stuck.eventId", poisoned.id())
                    .containsEntry("stuck.type", poisoned.type());
            assertThat(((Number) data.get("stuck.attempts")).intValue()).isGreaterThanOrEqualTo(3);
        });
        progressOf(before, 200);
        progressOf(poison, 404);
        progressOf(after, 404);

        sql("drop trigger reject_poison on ledger_event");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            progressOf(poison, 200);
            progressOf(after, 200);
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(ledgerView(200)).doesNotContainKey("stuck.eventId"));
    }

    @Test
    void recordsNoBuildCanReadAreSkippedAndCountedByReason() {
        Map<String, Object> start = ledgerView(200);
        long undecodable = count(start, "skipped.undecodable");
        long unknown = count(start, "skipped.unknown-type");
        String task = "task-" + UUID.randomUUID();

        topic.sendRaw("garbage", "not a cloud event".getBytes(StandardCharsets.UTF_8));
        CloudEvent real = topic.write(task("template-" + UUID.randomUUID()));
        topic.send(new CloudEvent(real.specVersion(), UUID.randomUUID().toString(), real.source(),
                "duban.test.unheard-of.v1", real.subject(), real.time(), real.dataContentType(), real.sequence(),
                real.globalIndex(), real.aggregateType(), real.actorUser(), real.actorUnit(), real.actorRole(),
                real.recordedAt(), real.correlationId(), real.causationId(), real.idempotencyKey(), real.data()));
        topic.write(task(task));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> progressOf(task, 200));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Object> data = ledgerView(200);
            assertThat(count(data, "skipped.undecodable")).isEqualTo(undecodable + 1);
            assertThat(count(data, "skipped.unknown-type")).isEqualTo(unknown + 1);
        });
    }

    @Test
    void theLedgerMetersAreScrapedWithoutAToken() {
        String task = "metered-" + UUID.randomUUID();
        topic.write(task(task));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> progressOf(task, 200));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String metrics = As.anonymous().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).contains("duban_ledger_lag{", "partition=\"0\"", "duban_ledger_lag_seconds",
                    "duban_ledger_applied_total", "duban_ledger_skipped_total{", "reason=\"undecodable\"",
                    "reason=\"unknown-type\"", "duban_ledger_globalindex", "duban_ledger_recordedat_seconds",
                    "duban_ledger_applied_rate");
        });
        Map<String, Object> data = ledgerView(200);
        assertThat(data).containsKeys("events", "globalindex", "recordedat", "secondsBehind", "lag", "lag.partition.0",
                "appliedPerSecond");
    }

    private static TaskCreated task(String id) {
        return new TaskCreated(id, "faults-plan", null, "一", "故障任务", null, List.of("故障单位"), List.of(), null);
    }

    private static void progressOf(String task, int status) {
        As.supervisor().get("/api/v1/tasks/{t}/progress", task).then().statusCode(status);
    }

    /** The data of the "Ledger view" readiness check, the readiness answering {@code status}. */
    private static Map<String, Object> ledgerView(int status) {
        JsonPath health = As.anonymous().get("/q/health/ready").then().statusCode(status).extract().jsonPath();
        Map<String, Object> data = health.getMap("checks.find { it.name == 'Ledger view' }.data");
        assertThat(data).isNotNull();
        return data;
    }

    private static long count(Map<String, Object> data, String key) {
        Object value = data.get(key);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private void sql(String statement) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
