package duban.tasks.audit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import duban.tasks.RegisteredUnits;
import duban.tasks.audit.chain.ChainHash;
import duban.tasks.eventstore.EventRow;
import duban.tasks.eventstore.EventTable;
import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class AuditTrailTest {

    /** The units the tasks here name must be in the directory (requests resolve them by name). */
    @BeforeEach
    void registerUnits() {
        RegisteredUnits.ensure("市科技局", "市财政局");
    }

    static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void aTasksHistoryShowsEveryEventWithItsMetadataAndChain() {
        String correlation = "audit-" + UUID.randomUUID();
        String key = "create-" + UUID.randomUUID();
        String taskId = As.supervisor().contentType(ContentType.JSON)
                .header("X-Correlation-Id", correlation).header("Idempotency-Key", key)
                .body("""
                        {"planId":"xinxiang-2017-102","code":"二.(三).4","title":"推进数字政府建设",
                         "leadUnitIds":["市科技局"]}""")
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        As.unit(RegisteredUnits.id("市科技局")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"unitId\":\"市科技局\",\"text\":\"政务云平台已上线。\"}")
                .post("/api/v1/tasks/" + taskId + "/reports").then().statusCode(201);

        JsonPath history = As.supervisor().get("/api/v1/tasks/" + taskId + "/history").then().statusCode(200)
                .contentType(ContentType.JSON).body("$", hasSize(2)).extract().jsonPath();

        assertThat(history.getList("sequence", Integer.class)).containsExactly(0, 1);
        assertThat(history.getList("type", String.class))
                .containsExactly("duban.task.created.v1", "duban.task.progress-reported.v1");
        assertThat(history.getString("[0].data.title")).isEqualTo("推进数字政府建设");
        assertThat(history.getString("[1].data.text")).isEqualTo("政务云平台已上线。");
        assertThat(history.getString("[0].correlationId")).isEqualTo(correlation);
        assertThat(history.getString("[0].idempotencyKey")).isEqualTo(key);
        assertThat(history.getString("[1].idempotencyKey")).isNull();
        assertThat(history.getString("[0].causationId")).isNotBlank();
        // The actor comes from the bearer token, never from the body.
        assertThat(history.getMap("[0].actor")).containsEntry("userId", "supervisor@duban.test")
                .containsEntry("role", "supervisor");
        assertThat(history.getMap("[1].actor")).containsEntry("userId", "clerk-" + RegisteredUnits.id("市科技局") + "@duban.test")
                .containsEntry("unitId", RegisteredUnits.id("市科技局")).containsEntry("role", "unit");
        assertThat(history.getString("[0].occurredAt")).isNotBlank();
        assertThat(history.getString("[0].recordedAt")).isNotBlank();
        assertThat(history.getString("[0].eventId")).isNotBlank();
        assertThat(history.getLong("[1].globalIndex")).isGreaterThan(history.getLong("[0].globalIndex"));
        assertThat(history.getString("[0].prevHash")).isEqualTo("0".repeat(64));
        assertThat(history.getString("[0].hash")).matches("[0-9a-f]{64}");
        assertThat(history.getString("[1].prevHash")).isEqualTo(history.getString("[0].hash"));
    }

    @Test
    void theHistoryOfAnUnknownTaskIsNotFound() {
        As.supervisor().get("/api/v1/tasks/no-such-task/history").then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:not-found"));
    }

    @Test
    void theGlobalStreamPagesByGlobalIndexInAStableOrder() {
        String taskId = As.supervisor().contentType(ContentType.JSON).body("""
                        {"planId":"xinxiang-2017-102","code":"二.(三).5","title":"优化营商环境",
                         "leadUnitIds":["市科技局","市财政局"]}""")
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        for (String unit : List.of("市科技局", "市财政局")) {
            As.unit(RegisteredUnits.id(unit)).contentType(ContentType.JSON).body("{\"unitId\":\"" + unit + "\",\"text\":\"进展\"}")
                    .post("/api/v1/tasks/" + taskId + "/reports").then().statusCode(201);
        }
        List<Long> indexes = As.supervisor().get("/api/v1/tasks/" + taskId + "/history").then().statusCode(200)
                .extract().jsonPath().getList("globalIndex", Long.class);
        long before = indexes.get(0) - 1;

        // Served once settled: no transaction older than the events may still be open.
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> As.supervisor().queryParam("after", before)
                .queryParam("limit", 1000).get("/api/v1/audit/events").jsonPath().getList("events.globalIndex",
                        Long.class).containsAll(indexes));

        JsonPath first = As.supervisor().queryParam("after", before).queryParam("limit", 2).get("/api/v1/audit/events")
                .then().statusCode(200).body("events", hasSize(2)).extract().jsonPath();
        assertThat(first.getList("events.globalIndex", Long.class)).isSorted()
                .allSatisfy(i -> assertThat(i).isGreaterThan(before));
        assertThat(first.getLong("nextAfter")).isEqualTo(first.getLong("events[1].globalIndex"));
        Map<String, Object> created = first.getMap("events.find { it.aggregateId == '" + taskId + "' && it.sequence == 0 }");
        assertThat(created).containsEntry("aggregateType", "Task").containsEntry("type", "duban.task.created.v1");
        assertThat(created.get("hash").toString()).matches("[0-9a-f]{64}");

        JsonPath second = As.supervisor().queryParam("after", first.getLong("nextAfter")).queryParam("limit", 2)
                .get("/api/v1/audit/events").then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("events.globalIndex", Long.class))
                .allSatisfy(i -> assertThat(i).isGreaterThan(first.getLong("nextAfter")));

        JsonPath again = As.supervisor().queryParam("after", before).queryParam("limit", 2).get("/api/v1/audit/events")
                .jsonPath();
        assertThat(again.getList("events.eventId")).isEqualTo(first.getList("events.eventId"));
    }

    @Test
    void anEventThatCommitsLateNeverAppearsBelowAPageAlreadyServed() throws Exception {
        String firstTask = newTask("二.(三).7");
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        try (Connection late = new org.postgresql.Driver().connect(url, props)) {
            late.setAutoCommit(false);
            long held = single(late, "SELECT nextval(pg_get_serial_sequence('domain_event_entry', 'global_index'))");
            String secondTask = newTask("二.(三).8");

            // The second task is committed, but index 'held' may still commit below it: not served yet.
            Thread.sleep(300);
            assertThat(As.supervisor().queryParam("after", held - 1).get("/api/v1/audit/events").jsonPath()
                    .getList("events.aggregateId", String.class)).doesNotContain(secondTask);

            EventRow copied;
            try (PreparedStatement read = late.prepareStatement("SELECT " + EventTable.COLUMNS
                    + " FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0")) {
                read.setString(1, firstTask);
                try (ResultSet rows = read.executeQuery()) {
                    rows.next();
                    copied = EventTable.read(rows).row();
                }
            }
            String lateTask = "late-" + UUID.randomUUID();
            EventRow row = new EventRow(held, UUID.randomUUID().toString(), lateTask, 0, copied.aggregateType(),
                    copied.timestamp(), copied.payloadType(), copied.payloadRevision(), copied.payload(),
                    copied.metaData());
            try (PreparedStatement insert = late.prepareStatement("""
                    INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                        sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data,
                        prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                Object[] values = {row.globalIndex(), row.eventId(), row.aggregateId(), row.sequence(),
                    row.aggregateType(), row.timestamp(), row.payloadType(), row.payloadRevision(), row.payload(),
                    row.metaData(), ChainHash.GENESIS, ChainHash.of(ChainHash.GENESIS, row)};
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.executeUpdate();
            }
            late.commit();

            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> As.supervisor().queryParam("after", held - 1)
                    .get("/api/v1/audit/events").jsonPath().getList("events.aggregateId", String.class)
                    .contains(secondTask));
            List<String> order = As.supervisor().queryParam("after", held - 1).get("/api/v1/audit/events").jsonPath()
                    .getList("events.aggregateId", String.class);
            assertThat(order.get(0)).isEqualTo(lateTask);
            assertThat(order.indexOf(secondTask)).isPositive();
        }
    }

    private static String newTask(String code) {
        return As.supervisor().contentType(ContentType.JSON).body("""
                        {"planId":"xinxiang-2017-102","code":"%s","title":"推进数字政府建设","leadUnitIds":["市科技局"]}"""
                        .formatted(code))
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void theStreamStartsAtTheBeginningWithAHundredEventsByDefault() {
        As.supervisor().contentType(ContentType.JSON).body("""
                        {"planId":"xinxiang-2017-102","code":"二.(三).6","title":"建设智慧城市","leadUnitIds":["市科技局"]}""")
                .post("/api/v1/tasks").then().statusCode(201);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !As.supervisor().get("/api/v1/audit/events")
                .jsonPath().getList("events").isEmpty());

        JsonPath page = As.supervisor().get("/api/v1/audit/events").then().statusCode(200).extract().jsonPath();
        List<Long> indexes = page.getList("events.globalIndex", Long.class);
        assertThat(indexes).isNotEmpty().hasSizeLessThanOrEqualTo(100).isSorted();
        assertThat(indexes.get(0)).isEqualTo(As.supervisor().queryParam("after", -1).queryParam("limit", 1)
                .get("/api/v1/audit/events").jsonPath().getLong("events[0].globalIndex"));
    }

    @Test
    void aPageBeyondTheEndIsEmptyAndKeepsItsPlace() {
        As.supervisor().queryParam("after", 900_000_000L).get("/api/v1/audit/events").then().statusCode(200)
                .body("events", hasSize(0)).body("nextAfter", equalTo(900_000_000));
    }

    @Test
    void invalidPagingIsAProblem() {
        for (String limit : List.of("1001", "0", "-5", "many", "1.5")) {
            As.supervisor().queryParam("limit", limit).get("/api/v1/audit/events").then().statusCode(400)
                    .contentType(PROBLEM).body("type", equalTo("urn:duban:problem:invalid-limit"));
        }
        for (String after : List.of("-2", "first", "1e3")) {
            As.supervisor().queryParam("after", after).get("/api/v1/audit/events").then().statusCode(400)
                    .contentType(PROBLEM).body("type", equalTo("urn:duban:problem:invalid-after"));
        }
        As.supervisor().queryParam("limit", 1000).get("/api/v1/audit/events").then().statusCode(200);
    }
}
