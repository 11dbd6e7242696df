package duban.tasks.audit.api;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.json.JsonMapper;
import duban.events.EventJson;
import duban.embedded.KafkaTestResource;
import duban.embedded.PostgresTestResource;
import duban.tasks.audit.chain.ChainedAppendEvents;
import duban.tasks.infrastructure.axon.ContractSerializer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.Serializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class ZzTmpShowTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @Test
    void show() throws Exception {
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", "k-1").body("""
                {"planId":"xinxiang-2017-102","code":"一.(二).1.(2)","title":"加快发展高新技术企业","leadUnitIds":["市科技局"]}""")
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"unitId\":\"市科技局\",\"text\":\"已完成第二批高企推荐工作。\"}")
                .post("/api/v1/tasks/" + id + "/reports").then().statusCode(201);
        Thread.sleep(2500);
        System.out.println("SHOW history " + given().get("/api/v1/tasks/" + id + "/history").asString());
        System.out.println("SHOW page " + given().queryParam("after", 0).queryParam("limit", 2).get("/api/v1/audit/events").asString());
        System.out.println("SHOW verify " + given().get("/api/v1/audit/verify").asString());
        System.out.println("SHOW limit " + given().queryParam("limit", 5000).get("/api/v1/audit/events").asString());
        System.out.println("SHOW 404 " + given().get("/api/v1/tasks/nope/history").asString());
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("password", "postgres");
        try (Connection c = new org.postgresql.Driver().connect(url, p); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT checkpoint_no, up_to_global_index, changed_heads, hash FROM audit_checkpoint ORDER BY checkpoint_no DESC LIMIT 2");
            while (rs.next()) {
                System.out.println("SHOW checkpoint " + rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
        }
    }

    @Test
    void bench() throws Exception {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("password", "postgres");
        Serializer serializer = ContractSerializer.create(EventJson.configure(JsonMapper.builder()).build());
        try (Connection c = new org.postgresql.Driver().connect(url, p)) {
            try (Statement s = c.createStatement()) {
                for (String t : List.of("bench_plain", "bench_chained", "bench_sql")) {
                    s.execute("DROP TABLE IF EXISTS " + t);
                    s.execute("CREATE TABLE " + t + " (global_index BIGSERIAL PRIMARY KEY, event_identifier VARCHAR(255) NOT NULL UNIQUE,"
                            + " aggregate_identifier VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL, type VARCHAR(255),"
                            + " time_stamp VARCHAR(255) NOT NULL, payload_type VARCHAR(255) NOT NULL, payload_revision VARCHAR(255),"
                            + " payload TEXT NOT NULL, meta_data TEXT, prev_hash CHAR(64), hash CHAR(64),"
                            + " inserted_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(), UNIQUE (aggregate_identifier, sequence_number))");
                }
            }
            c.setAutoCommit(false);
            TimestampWriter writer = (st, pos, ts) -> st.setString(pos, DateTimeUtils.formatInstant(ts));
            AppendEventsStatementBuilder plain = JdbcEventStorageEngineStatements::appendEvents;
            AppendEventsStatementBuilder chained = new ChainedAppendEvents();
            AppendEventsStatementBuilder sql = (conn, schema, dataType, events, ser, tw) -> {
                String t = schema.domainEventTable();
                PreparedStatement st = conn.prepareStatement("INSERT INTO " + t + " (global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data, prev_hash, hash)"
                        + " SELECT gi, e, a, s, ty, ts, pt, pr, p, m, prev, audit_event_hash(prev, e, a, s, ty, ts, pt, pr, p, m, gi) FROM ("
                        + " SELECT v.*, nextval(pg_get_serial_sequence('" + t + "', 'global_index')) AS gi,"
                        + " CASE WHEN v.s = 0 THEN repeat('0', 64) ELSE (SELECT hash::text FROM " + t + " x WHERE x.aggregate_identifier = v.a AND x.sequence_number = v.s - 1) END AS prev"
                        + " FROM (SELECT ?::text AS e, ?::text AS a, ?::bigint AS s, ?::text AS ty, ?::text AS ts, ?::text AS pt, ?::text AS pr, ?::text AS p, ?::text AS m) v) w");
                for (var em : events) {
                    var ev = (org.axonframework.eventhandling.DomainEventMessage<?>) em;
                    var pl = ev.serializePayload(ser, String.class);
                    var md = ev.serializeMetaData(ser, String.class);
                    st.setString(1, ev.getIdentifier()); st.setString(2, ev.getAggregateIdentifier()); st.setLong(3, ev.getSequenceNumber());
                    st.setString(4, ev.getType()); st.setString(5, DateTimeUtils.formatInstant(ev.getTimestamp()));
                    st.setString(6, pl.getType().getName()); st.setString(7, pl.getType().getRevision());
                    st.setString(8, (String) pl.getData()); st.setString(9, (String) md.getData());
                    st.addBatch();
                }
                return st;
            };
            Map<String, Object> payload = Map.of("taskId", UUID.randomUUID().toString(), "unitId", "市科技局",
                    "period", "2017-11-20", "text", "已完成第二批高企推荐工作,新增高新技术企业申报12家,正在组织专家评审。".repeat(3));
            Map<String, Object> meta = Map.of("actorUser", "anonymous", "actorRole", "anonymous",
                    "correlationId", UUID.randomUUID().toString(), "occurredAt", "2017-11-20T04:00:00Z");
            long[] seq = new long[3];
            long[] nanos = new long[3];
            long[][] parts = new long[3][3];
            int rounds = 3000;
            for (int i = 0; i < rounds; i++) {
                for (int v = 0; v < 3; v++) {
                    String table = v == 0 ? "bench_plain" : v == 1 ? "bench_chained" : "bench_sql";
                    EventSchema schema = EventSchema.builder().eventTable(table).globalIndexColumn("global_index")
                            .eventIdentifierColumn("event_identifier").metaDataColumn("meta_data").payloadColumn("payload")
                            .payloadRevisionColumn("payload_revision").payloadTypeColumn("payload_type")
                            .timestampColumn("time_stamp").aggregateIdentifierColumn("aggregate_identifier")
                            .sequenceNumberColumn("sequence_number").typeColumn("type").build();
                    var event = new GenericDomainEventMessage<>("Task", "agg-" + (i % 50), seq[v]++ / 50 * 0 + i / 50, payload, meta);
                    long start = System.nanoTime();
                    long built, executed;
                    try (PreparedStatement st = (v == 0 ? plain : v == 1 ? chained : sql).build(c, schema, String.class, List.of(event), serializer, writer)) {
                        built = System.nanoTime();
                        st.executeBatch();
                        executed = System.nanoTime();
                    }
                    c.commit();
                    if (i >= 500) {
                        nanos[v] += System.nanoTime() - start;
                        parts[v][0] += built - start; parts[v][1] += executed - built; parts[v][2] += System.nanoTime() - executed;
                    }
                }
            }
            int measured = rounds - 500;
            for (int v = 0; v < 3; v++) System.out.printf("SHOW parts %d build %.1f exec %.1f commit %.1f%n", v, parts[v][0] / 1000.0 / (rounds - 500), parts[v][1] / 1000.0 / (rounds - 500), parts[v][2] / 1000.0 / (rounds - 500));
            System.out.printf("SHOW bench plain %.1f us/append, chained %.1f us/append, sql %.1f%n",
                    nanos[0] / 1000.0 / measured, nanos[1] / 1000.0 / measured, nanos[2] / 1000.0 / measured);
            try (Statement s2 = c.createStatement()) {
                var rs = s2.executeQuery("SELECT count(*) FROM bench_sql WHERE hash <> audit_event_hash(prev_hash, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data, global_index) OR prev_hash IS NULL");
                rs.next();
                System.out.println("SHOW sql bad rows " + rs.getLong(1));
                rs = s2.executeQuery("SELECT a.hash, b.hash FROM bench_chained a JOIN bench_sql b ON a.sequence_number = b.sequence_number AND a.aggregate_identifier = b.aggregate_identifier LIMIT 1");
                rs.next();
                System.out.println("SHOW differ as expected (event ids differ) " + rs.getString(1) + " " + rs.getString(2));
            }
            c.commit();
        }
    }
}
