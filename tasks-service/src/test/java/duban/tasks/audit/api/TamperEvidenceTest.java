package duban.tasks.audit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.endsWith;

import duban.tasks.RegisteredUnits;
import duban.tasks.audit.chain.ChainHash;
import duban.tasks.audit.chain.ChainedAppendEvents;
import duban.tasks.eventstore.ChainedEvent;
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
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tampers with the event table directly in PostgreSQL, as someone with database access would, and
 * expects verify to name exactly what was done. Every test repairs what it broke (and checks that
 * the store verifies again), because the other test classes share this database. Only rows that a
 * checkpoint already covers are touched, so the checkpoint job never binds a tampered state.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class TamperEvidenceTest {

    /** The units the tasks here name must be in the directory (requests resolve them by name). */
    @BeforeEach
    void registerUnits() {
        RegisteredUnits.ensure("市科技局", "市财政局");
    }

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private Connection db;

    @BeforeEach
    void connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        db = new org.postgresql.Driver().connect(url, props);
    }

    @AfterEach
    void theStoreIsIntactAgain() throws SQLException {
        try {
            assertIntact();
        } finally {
            db.close();
        }
    }

    @Test
    void anUntouchedStoreVerifiesWithEveryEventAndCheckpoint() throws SQLException {
        List<Long> indexes = newTaskWithThreeEvents();
        awaitCheckpointCovering(indexes.get(2));

        JsonPath report = verify();
        assertThat(report.getBoolean("intact")).isTrue();
        assertThat(report.getLong("eventsChecked")).isEqualTo(count("SELECT count(*) FROM domain_event_entry"));
        assertThat(report.getLong("checkpointsChecked")).isPositive();
        assertThat(report.getMap("$")).containsEntry("firstBrokenLink", null);
    }

    @Test
    void everyStoredHashIsTheOneTheSqlFunctionComputes() throws SQLException {
        newTaskWithThreeEvents();

        assertThat(count("SELECT count(*) FROM domain_event_entry")).isPositive();
        assertThat(count("""
                SELECT count(*) FROM domain_event_entry
                 WHERE hash <> audit_event_hash(prev_hash, event_identifier, aggregate_identifier, sequence_number,
                       type, time_stamp, payload_type, payload_revision, payload, meta_data, global_index)""")).isZero();
    }

    @Test
    void theSqlFunctionAndJavaAgreeOnNullsAndNonAsciiText() throws SQLException {
        EventRow row = new EventRow(5, "e-1", "督办-1", 0, null, "2017-11-20T04:00:00Z", "x.v1", null,
                "{\"text\":\"进展情况\"}", null);
        try (PreparedStatement statement = db.prepareStatement(
                "SELECT audit_event_hash(?, 'e-1', '督办-1', 0, NULL, '2017-11-20T04:00:00Z', 'x.v1', NULL, ?, NULL, 5)")) {
            statement.setString(1, null);
            statement.setString(2, row.payload());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo(ChainHash.of(null, row));
            }
        }
    }

    @Test
    void anEditedPayloadIsNamedAsEdited() throws SQLException {
        List<Long> indexes = newTaskWithThreeEvents();
        awaitCheckpointCovering(indexes.get(2));
        long edited = indexes.get(1);
        String original = text("SELECT payload FROM domain_event_entry WHERE global_index = ?", edited);
        try {
            update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                    original.replace("第一批", "第九批"), edited);

            assertBroken(edited, 1, "edited");
        } finally {
            update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", original, edited);
        }
    }

    @Test
    void aDeletedMiddleEventIsNamedByTheEventAfterIt() throws SQLException {
        List<Long> indexes = newTaskWithThreeEvents();
        awaitCheckpointCovering(indexes.get(2));
        Map<String, Object> deleted = row(indexes.get(1));
        try {
            update("DELETE FROM domain_event_entry WHERE global_index = ?", indexes.get(1));

            assertBroken(indexes.get(2), 2, "missing-predecessor");
        } finally {
            insert(deleted);
        }
    }

    @Test
    void aDeletedLastEventIsCaughtByACheckpointNamingTheAggregate() throws SQLException {
        long last = withLastEventDeleted();
        try {
            JsonPath broken = assertBroken(last, 2, "checkpoint-mismatch");
            assertThat(broken.getString("firstBrokenLink.detail")).contains("deleted");
        } finally {
            restoreLastEvent();
        }
    }

    @Test
    void aTaskWhoseLastEventWasDeletedTakesNoFurtherEvent() throws SQLException {
        withLastEventDeleted();
        try {
            As.supervisor().contentType(ContentType.JSON)
                    .body("{\"unitIds\":[\"市科技局\"],\"message\":\"请报送第二批推荐情况\"}")
                    .post("/api/v1/tasks/" + taskId + "/urges")
                    .then().statusCode(500).contentType("application/problem+json")
                    .body("type", endsWith(":broken-chain"));
            assertThat(count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = '"
                    + taskId + "'")).isEqualTo(2);
        } finally {
            restoreLastEvent();
        }
    }

    private Map<String, Object> deletedLastEvent;

    /** A new task of three events whose last one a checkpoint covers, then is deleted; its global index. */
    private long withLastEventDeleted() throws SQLException {
        List<Long> indexes = newTaskWithThreeEvents();
        awaitCheckpointCovering(indexes.get(2));
        deletedLastEvent = row(indexes.get(2));
        update("DELETE FROM domain_event_entry WHERE global_index = ?", indexes.get(2));
        return indexes.get(2);
    }

    private void restoreLastEvent() throws SQLException {
        insert(deletedLastEvent);
    }

    @Test
    void theStoreRefusesToChainAnEventWithoutItsPredecessor() throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("SELECT audit_prev_hash(?, ?)")) {
            statement.setString(1, "no-such-task");
            statement.setLong(2, 3);
            assertThatThrownBy(statement::executeQuery)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("cannot chain event 3 of aggregate no-such-task")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState())
                            .isEqualTo(ChainedAppendEvents.BROKEN_CHAIN));
            statement.setLong(2, 0);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo(ChainHash.GENESIS);
            }
        }
    }

    @Test
    void aForgedRowInsertedBelowACheckpointIsNamedAsInserted() throws SQLException {
        // A gap in the global order, as a rolled-back append leaves one; then real events after it.
        long gap = count("SELECT nextval(pg_get_serial_sequence('domain_event_entry', 'global_index'))");
        List<Long> indexes = newTaskWithThreeEvents();
        awaitCheckpointCovering(indexes.get(2));
        EventRow copied = event(indexes.get(0)).row();
        String forgedTask = "forged-" + UUID.randomUUID();
        EventRow forged = new EventRow(gap, UUID.randomUUID().toString(), forgedTask, 0, copied.aggregateType(),
                copied.timestamp(), copied.payloadType(), copied.payloadRevision(), copied.payload(),
                copied.metaData());
        try {
            // Correctly chained and hashed: only the checkpoint can tell it was never appended.
            update("""
                    INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                        sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data,
                        prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    forged.globalIndex(), forged.eventId(), forged.aggregateId(), forged.sequence(),
                    forged.aggregateType(), forged.timestamp(), forged.payloadType(), forged.payloadRevision(),
                    forged.payload(), forged.metaData(), ChainHash.GENESIS, ChainHash.of(ChainHash.GENESIS, forged));

            JsonPath report = verify();
            assertThat(report.getBoolean("intact")).isFalse();
            assertThat(report.getString("firstBrokenLink.problem")).isEqualTo("inserted");
            assertThat(report.getLong("firstBrokenLink.globalIndex")).isEqualTo(gap);
            assertThat(report.getString("firstBrokenLink.aggregateId")).isEqualTo(forgedTask);
        } finally {
            update("DELETE FROM domain_event_entry WHERE global_index = ?", gap);
        }
    }

    @Test
    void twoSwappedGlobalIndexesAreNamedAsReordered() throws SQLException {
        List<Long> indexes = newTaskWithThreeEvents();
        awaitCheckpointCovering(indexes.get(2));
        long first = indexes.get(1);
        long second = indexes.get(2);
        try {
            swap(first, second);

            JsonPath broken = assertBroken(first, 2, "reordered");
            assertThat(broken.getString("firstBrokenLink.detail")).contains("hashed at global index " + second);
        } finally {
            swap(first, second);
        }
    }

    // --- the task tampered with ---------------------------------------------------------------

    private String taskId;

    /** A task of its own with three events (created, two reports); their global indexes by sequence. */
    private List<Long> newTaskWithThreeEvents() throws SQLException {
        taskId = As.supervisor().contentType(ContentType.JSON).body("""
                        {"planId":"xinxiang-2017-102","code":"三.(一).1","title":"培育高新技术企业",
                         "leadUnitIds":["市科技局","市财政局"]}""")
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        As.unit(RegisteredUnits.id("市科技局")).contentType(ContentType.JSON).body("{\"unitId\":\"市科技局\",\"text\":\"第一批推荐完成\"}")
                .post("/api/v1/tasks/" + taskId + "/reports").then().statusCode(201);
        As.unit(RegisteredUnits.id("市财政局")).contentType(ContentType.JSON).body("{\"unitId\":\"市财政局\",\"text\":\"资金已拨付\"}")
                .post("/api/v1/tasks/" + taskId + "/reports").then().statusCode(201);
        List<Long> indexes = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement("SELECT global_index FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number")) {
            statement.setString(1, taskId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    indexes.add(rows.getLong(1));
                }
            }
        }
        assertThat(indexes).hasSize(3);
        return indexes;
    }

    private JsonPath assertBroken(long globalIndex, long sequence, String problem) {
        JsonPath report = verify();
        assertThat(report.getBoolean("intact")).as(report.prettify()).isFalse();
        assertThat(report.getString("firstBrokenLink.problem")).as(report.prettify()).isEqualTo(problem);
        assertThat(report.getLong("firstBrokenLink.globalIndex")).isEqualTo(globalIndex);
        assertThat(report.getString("firstBrokenLink.aggregateId")).isEqualTo(taskId);
        assertThat(report.getLong("firstBrokenLink.sequence")).isEqualTo(sequence);
        return report;
    }

    private void assertIntact() {
        JsonPath report = verify();
        assertThat(report.getBoolean("intact")).as(report.prettify()).isTrue();
    }

    private static JsonPath verify() {
        return As.supervisor().get("/api/v1/audit/verify").then().statusCode(200).extract().jsonPath();
    }

    private void awaitCheckpointCovering(long globalIndex) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> count("SELECT coalesce(max(up_to_global_index), 0) FROM audit_checkpoint") >= globalIndex);
    }

    // --- plain JDBC ---------------------------------------------------------------------------

    private ChainedEvent event(long globalIndex) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("SELECT " + EventTable.COLUMNS
                + " FROM domain_event_entry WHERE global_index = ?")) {
            statement.setLong(1, globalIndex);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return EventTable.read(rows);
            }
        }
    }

    /** Every column of a row, to put it back exactly as it was. */
    private Map<String, Object> row(long globalIndex) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("SELECT * FROM domain_event_entry WHERE global_index = ?")) {
            statement.setLong(1, globalIndex);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                ResultSetMetaData meta = rows.getMetaData();
                Map<String, Object> columns = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.put(meta.getColumnName(i), rows.getObject(i));
                }
                return columns;
            }
        }
    }

    private void insert(Map<String, Object> row) throws SQLException {
        String sql = "INSERT INTO domain_event_entry (" + String.join(", ", row.keySet()) + ") VALUES ("
                + String.join(", ", row.keySet().stream().map(c -> "?").toList()) + ")";
        update(sql, row.values().toArray());
    }

    /** Swaps two rows' global indexes through a free value (the primary key allows no duplicate). */
    private void swap(long a, long b) throws SQLException {
        update("UPDATE domain_event_entry SET global_index = -1 WHERE global_index = ?", a);
        update("UPDATE domain_event_entry SET global_index = ? WHERE global_index = ?", a, b);
        update("UPDATE domain_event_entry SET global_index = ? WHERE global_index = -1", b);
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private String text(String sql, long value) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
