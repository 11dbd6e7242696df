package duban.reporting.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import duban.events.task.TaskCreated;
import duban.reporting.plan.NovemberScene;
import duban.testing.identity.As;
import duban.testing.ledger.LedgerTopicWriter;
import duban.view.rebuild.LedgerRebuild;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A rebuild of the ledger view from the topic: the rebuilt tables hold exactly the rows the live ones held, every
 * view answers byte for byte what it answered before, events written during the rebuild are not lost, and a second
 * rebuild on the same database (another instance holding the lock) is refused.
 */
@QuarkusTest
class RebuildTest {

    private static final String AT_MONTH_END = "2017-12-01T00:00:00%2B08:00";
    private static final String ROW = "event_id, type, aggregate_id, sequence, global_index, recorded_at, occurred_at, "
            + "actor_user, actor_unit, actor_role, cast(data as text)";
    private static final String MARKER = "event_id, event_type, subject, global_index";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource dataSource;

    @Test
    void aRebuildLeavesTheTablesAndEveryViewAsTheyWereAndLosesNothingWrittenMeanwhile() {
        awaitRebuildIdleOrOver();
        NovemberScene scene = new NovemberScene();
        try (LedgerTopicWriter topic = new LedgerTopicWriter(bootstrap)) {
            scene.write(topic);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    As.supervisor().get("/api/v1/plans/{p}/bulletins/2017-11", scene.plan).then().statusCode(200));
            awaitCaughtUp();
            Map<String, String> before = views(scene);

            As.service().post("/api/v1/admin/rebuild").then().statusCode(202).body("state", equalTo("running"));
            String during = "during-" + UUID.randomUUID();
            topic.write(new TaskCreated(during, scene.plan, scene.area, "一.(一).2", "重建期间的任务", null,
                    List.of(scene.a), List.of(), null));

            JsonPath done = awaitRebuild();
            assertThat(done.getLong("eventsDone")).isPositive();
            assertThat(done.getList("previousTables", String.class))
                    .containsExactly("processed_event_previous", "ledger_event_previous");
            assertThat(done.getMap("rowsCopied")).containsKeys("processed_event", "ledger_event");
            assertThat(done.getLong("switchMillis")).isNotNull();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    As.supervisor().get("/api/v1/tasks/{t}/progress", during).then().statusCode(200));
            assertThat(rows("select " + ROW + " from ledger_event_previous except select " + ROW + " from ledger_event"))
                    .isEmpty();
            assertThat(rows("select " + ROW + " from ledger_event except select " + ROW + " from ledger_event_previous"))
                    .allSatisfy(row -> assertThat(row).contains(during));
            assertThat(rows("select " + MARKER + " from processed_event_previous except select " + MARKER
                    + " from processed_event")).isEmpty();
            assertThat(rows("select count(*) from ledger_event where aggregate_id = '" + during + "'"))
                    .containsExactly("1");
            assertThat(views(scene)).isEqualTo(before);
        }
    }

    @Test
    void aSecondRebuildOnTheSameDatabaseIsRefusedAndOneAfterItSwitchesAgain() throws SQLException {
        awaitRebuildIdleOrOver();
        try (Connection otherInstance = dataSource.getConnection(); Statement sql = otherInstance.createStatement()) {
            try (ResultSet locked = sql.executeQuery("select pg_try_advisory_lock(" + LedgerRebuild.LOCK + ")")) {
                locked.next();
                assertThat(locked.getBoolean(1)).isTrue();
            }
            As.supervisor().post("/api/v1/admin/rebuild").then().statusCode(409)
                    .contentType(startsWith("application/problem+json"))
                    .body("type", org.hamcrest.Matchers.containsString("rebuild-running"));
            sql.execute("select pg_advisory_unlock_all()");
        }
        As.supervisor().post("/api/v1/admin/rebuild").then().statusCode(202);
        assertThat(awaitRebuild().getString("state")).isEqualTo("done");
        awaitCaughtUp();
        assertThat(rows("select indexname from pg_indexes where tablename = 'ledger_event' order by indexname"))
                .containsExactly("ledger_event_aggregate", "ledger_event_event_id_key", "ledger_event_pkey");
        assertThat(rows("select pg_get_serial_sequence('ledger_event', 'seq')"))
                .containsExactly("public.ledger_event_seq_seq");
    }

    /** The views of the scene, each as the exact JSON text it answers. */
    private static Map<String, String> views(NovemberScene scene) {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("dashboard", "/api/v1/units/" + scene.a + "/dashboard?asOf=" + AT_MONTH_END);
        paths.put("progress", "/api/v1/tasks/" + scene.task + "/progress?asOf=" + AT_MONTH_END);
        paths.put("overview", "/api/v1/plans/" + scene.plan + "/overview?asOf=" + AT_MONTH_END);
        paths.put("quotas", "/api/v1/plans/" + scene.plan + "/quotas?asOf=" + AT_MONTH_END);
        paths.put("periods", "/api/v1/plans/" + scene.plan + "/periods/2017-11-20?asOf=" + AT_MONTH_END);
        paths.put("bulletin", "/api/v1/plans/" + scene.plan + "/bulletins/2017-11");
        paths.put("assessment", "/api/v1/plans/" + scene.plan + "/assessments/2017-11");
        Map<String, String> answers = new LinkedHashMap<>();
        paths.forEach((view, path) -> answers.put(view, As.supervisor().urlEncodingEnabled(false).get(path).then()
                .statusCode(200).extract().asString()));
        return answers;
    }

    private static void awaitCaughtUp() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath health = As.anonymous().get("/q/health/ready").then().extract().jsonPath();
            assertThat(health.getString("status")).isEqualTo("UP");
            assertThat(health.getLong("checks.find { it.name == 'Ledger view' }.data.lag")).isZero();
        });
    }

    private static JsonPath awaitRebuild() {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            last[0] = As.service().get("/api/v1/admin/rebuild").then().statusCode(200).extract().jsonPath();
            assertThat(last[0].getString("state")).isIn("done", "failed");
        });
        assertThat(last[0].getString("state")).as(last[0].prettify()).isEqualTo("done");
        return last[0];
    }

    private static void awaitRebuildIdleOrOver() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(As.service()
                .get("/api/v1/admin/rebuild").then().statusCode(200).extract().jsonPath().getString("state"))
                .isIn("idle", "done", "failed"));
    }

    private List<String> rows(String query) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet result = sql.executeQuery(query)) {
            List<String> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(c == 1 ? "" : " | ").append(result.getString(c));
                }
                rows.add(row.toString());
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
