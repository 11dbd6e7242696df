package duban.tasks.infrastructure.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import duban.tasks.RegisteredUnits;
import duban.tasks.task.command.UrgeUnits;
import duban.testing.identity.As;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A long-lived task is loaded from its latest snapshot, not from its whole history: after
 * hundreds of events a snapshot exists, and commands on the task, once it is no longer cached, still see
 * its full state.
 */
@QuarkusTest
class SnapshotTest {

    /** The units the tasks here name must be in the directory (requests resolve them by name). */
    @BeforeEach
    void registerUnits() {
        RegisteredUnits.ensure("市科技局", "市财政局");
    }

    private static final int URGES = 450;

    @Inject
    CommandGateway commands;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AxonSetup axon;

    @Test
    void aTaskWithHundredsOfEventsIsSnapshottedAndStillChecksItsVersion() throws Exception {
        String id = As.supervisor().contentType(ContentType.JSON).body("""
                {"planId":"p-snapshot","code":"一.(一).1","title":"长期任务","leadUnitIds":["市科技局","市财政局"]}""")
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        for (int i = 0; i < URGES; i++) {
            commands.sendAndWait(new UrgeUnits(id, (long) i, List.of(RegisteredUnits.id("市科技局")), "第" + (i + 1) + "次催办"));
        }

        // A snapshot every 100 events or so (the threshold), taken after the triggering command commits.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(latestSnapshotSequence(id)).isGreaterThanOrEqualTo(URGES - 100L));
        // Forget the cached task, as a restarted service would: the commands below load it from the snapshot.
        axon.aggregateCache().removeAll();
        As.unit(RegisteredUnits.id("市科技局")).contentType(ContentType.JSON).header("If-Match", "\"" + URGES + "\"")
                .body("{\"unitId\":\"市科技局\",\"text\":\"第一次报送\"}")
                .post("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(201).body("version", equalTo(URGES + 1));
        As.unit(RegisteredUnits.id("市财政局")).contentType(ContentType.JSON).header("If-Match", "\"" + URGES + "\"")
                .body("{\"unitId\":\"市财政局\",\"text\":\"过期版本\"}")
                .post("/api/v1/tasks/" + id + "/reports")
                .then().statusCode(412);
    }

    private long latestSnapshotSequence(String aggregateId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT coalesce(max(sequence_number), -1) FROM snapshot_event_entry WHERE aggregate_identifier = ?")) {
            query.setString(1, aggregateId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
