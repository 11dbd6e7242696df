package duban.tasks.infrastructure.kafka;

import static duban.tasks.infrastructure.kafka.DecodedEnvelopes.assertSameRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.oneOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import duban.events.EventJson;
import duban.events.EventTypes;
import duban.events.envelope.CloudEventCodec;
import duban.tasks.eventstore.GlobalIndexes;
import duban.tasks.imports.SeedNotice;
import duban.tasks.infrastructure.axon.StoredEventFormat;
import duban.tasks.infrastructure.observability.TraceContext;
import duban.tasks.task.api.TaskFixture;
import duban.testing.identity.As;
import duban.testing.ledger.LedgerTopicReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The records the publisher writes from the stored text are the records it wrote from the decoded events: for every
 * event type, from the seed notice's import (when this test is the first to import it into the shared store) and a
 * run of task, plan and unit commands, and for an event stored under an older revision than the current one.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class PublishedRecordsTest {

    private static final String SOURCE = "/duban/tasks-service";
    private static final Map<String, String> TRACE = Map.of(TraceContext.TRACEPARENT,
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", TraceContext.TRACESTATE, "duban=1");
    /** Set by the publisher's span, not by the stored event: compared apart. */
    private static final List<String> TRACE_ATTRIBUTES = List.of(TraceContext.TRACEPARENT, TraceContext.TRACESTATE);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EventStorageEngine storageEngine;

    @Inject
    StoredEventFormat storedEventFormat;

    @Inject
    GlobalIndexes globalIndexes;

    @Inject
    AgroalDataSource dataSource;

    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void everyStoredEventIsPublishedAsTheRecordItsDecodedEventMakes() throws Exception {
        long before = lastGlobalIndex();
        // The store is shared with other tests: the seed plan is imported now unless one of them did it before.
        As.supervisor().contentType("text/plain; charset=UTF-8")
                .body(SeedNotice.text().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/notices").then().statusCode(oneOf(200, 201));
        runTaskPlanAndUnitCommands();
        String legacyEventId = storeAMilestoneOfTheFirstRevision();

        List<DomainEventMessage<?>> stored = readTheStoreAfter(before);
        Map<String, Long> positions = globalIndexes.of(stored.stream().map(DomainEventMessage::getIdentifier).toList());
        StoredEventEnvelopes envelopes = new StoredEventEnvelopes(storedEventFormat.serializer(), SOURCE, codec);
        Map<String, byte[]> expected = new HashMap<>();
        TreeSet<String> types = new TreeSet<>();
        int byteForByte = 0;
        for (DomainEventMessage<?> event : stored) {
            long position = positions.get(event.getIdentifier());
            byte[] copied = envelopes.write(event, envelopes.metadata(event), position, TRACE);
            byte[] decoded = DecodedEnvelopes.write(codec, SOURCE, event, position, TRACE);
            String type = EventTypes.nameOf(event.getPayloadType());
            assertSameRecord(type + " " + event.getIdentifier(), decoded, copied);
            if (!event.getIdentifier().equals(legacyEventId)) {
                // Stored by this build: the stored text is what the decoded event writes, so the records are equal.
                assertThat(new String(copied, StandardCharsets.UTF_8)).as(type)
                        .isEqualTo(new String(decoded, StandardCharsets.UTF_8));
                byteForByte++;
            }
            types.add(type);
            expected.put(event.getIdentifier(), decoded);
        }
        assertThat(types).as("event types stored").containsExactlyInAnyOrderElementsOf(EventTypes.names());
        assertThat(byteForByte).isEqualTo(stored.size() - 1).isGreaterThanOrEqualTo(EventTypes.names().size());

        Map<String, byte[]> published = readTheTopic(expected.keySet(), Duration.ofSeconds(90));
        assertThat(published.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Map.Entry<String, byte[]> record : published.entrySet()) {
            assertSameRecord("published " + record.getKey(), withoutTrace(expected.get(record.getKey())),
                    withoutTrace(record.getValue()));
        }
        JsonNode legacy = EventJson.mapper().readTree(published.get(legacyEventId));
        assertThat(legacy.get("type").asText()).isEqualTo("duban.task.milestone-scheduled.v2");
        assertThat(legacy.get("data").get("commitment").asText()).isEqualTo("SOFT");
        assertThat(legacy.get("data").has("soft")).isFalse();
        assertThat(legacy.get("globalindex").asLong()).isEqualTo(positions.get(legacyEventId));
    }

    /** Writes that make, between them and the seed import, every type of event the contract has. */
    private void runTaskPlanAndUnitCommands() {
        TaskFixture task = TaskFixture.create().withMilestone();
        post(As.supervisor(), task, "revisions", "{\"title\":\"加快培育高新技术企业\"}", 200);
        post(As.supervisor(), task, "unit-assignments",
                "{\"leadUnitIds\":[\"市科技局\",\"市财政局\"],\"coUnitIds\":[\"红旗区\",\"牧野区\"]}", 200);
        post(As.supervisor(), task, "milestones/m1/reschedulings", "{\"dueOn\":\"2018-01-15\",\"reason\":\"推迟\"}", 200);
        post(As.supervisor(), task, "targets", """
                {"targetId":"t1","description":"新增投资","measureWord":"亿元","total":12.50,"acceptMismatch":true,
                 "allocations":[{"unit":"红旗区","min":2.50,"max":3.75},{"unit":"市科技局","min":10.00}]}""", 201);
        post(clerkOf(TaskFixture.LEAD), task, "acknowledgements", "{\"note\":\"已签收\"}", 201);
        post(clerkOf(TaskFixture.LEAD), task, "reports", """
                {"reportId":"r1","unitId":"市科技局","text":"完成投资1.50亿元","counts":[{"targetId":"t1","cumulative":1.50}]}""",
                201);
        post(clerkOf(TaskFixture.LEAD), task, "reports/r1/corrections", """
                {"unitId":"市科技局","text":"完成投资1.250亿元","reason":"填报有误",
                 "counts":[{"targetId":"t1","cumulative":1.250}]}""", 201);
        task.withExtensionRequest();
        post(As.supervisor(), task, "extension-requests/x1/grant", "{\"note\":\"同意\"}", 200);
        post(clerkOf(TaskFixture.LEAD), task, "extension-requests", """
                {"requestId":"x2","milestoneId":"m1","unitId":"市科技局","requestedDueOn":"2018-03-31","reason":"再推迟"}""",
                201);
        post(As.supervisor(), task, "extension-requests/x2/denial", "{\"reason\":\"不予延期\"}", 200);
        post(As.supervisor(), task, "urges", "{\"unitIds\":[\"红旗区\"],\"message\":\"请按时报送\"}", 201);
        post(As.supervisor(), task, "milestones/m1/completion", "{\"completedOn\":\"2017-12-20\"}", 200);
        task.withCompletionRequest();
        post(As.supervisor(), task, "completion-requests/rejection", "{\"reason\":\"材料不全\"}", 200);
        task.withCompletionRequest();
        post(As.supervisor(), task, "completion-requests/approval", "{\"note\":\"同意销号\"}", 200);

        TaskFixture paused = TaskFixture.create().suspended();
        post(As.supervisor(), paused, "resumption", "{\"note\":\"恢复\"}", 200);
        post(As.supervisor(), paused, "cancellation", "{\"reason\":\"任务撤销\"}", 200);

        TaskFixture reviewed = TaskFixture.createInReviewedPlan().withReport();
        post(As.supervisor(), reviewed, "reports/r1/acceptance", "{\"note\":\"内容翔实\"}", 200);
        post(clerkOf("市财政局"), reviewed, "reports", "{\"reportId\":\"r2\",\"unitId\":\"市财政局\",\"text\":\"进展\"}", 201);
        post(As.supervisor(), reviewed, "reports/r2/return", "{\"reason\":\"请补充佐证\"}", 200);

        String planId = As.supervisor().get("/api/v1/tasks/" + reviewed.id).then().statusCode(200)
                .extract().path("planId");
        As.supervisor().contentType(ContentType.JSON)
                .body("{\"title\":\"审核测试方案(修订)\",\"reason\":\"更正标题\"}")
                .post("/api/v1/plans/" + planId + "/amendments").then().statusCode(200);
        String name = "发布测试" + UUID.randomUUID().toString().substring(0, 8);
        String unitId = As.supervisor().contentType(ContentType.JSON)
                .body("{\"name\":\"新乡市" + name + "局\",\"category\":\"市直部门\"}")
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        As.supervisor().contentType(ContentType.JSON).body("{\"alias\":\"" + name + "\"}")
                .post("/api/v1/units/" + unitId + "/aliases").then().statusCode(200);
        As.supervisor().contentType(ContentType.JSON)
                .body("{\"phrase\":\"" + name + "两区\",\"members\":[\"红旗区\",\"牧野区\"]}")
                .post("/api/v1/unit-groups").then().statusCode(201);
    }

    private static RequestSpecification clerkOf(String unit) {
        return As.unit(TaskFixture.unit(unit));
    }

    private static void post(RequestSpecification caller, TaskFixture task, String path, String body, int status) {
        caller.contentType(ContentType.JSON).body(body).post("/api/v1/tasks/" + task.id + "/" + path)
                .then().statusCode(status);
    }

    /**
     * A milestone as a build before {@code commitment} stored it ({@code duban.task.milestone-scheduled.v1} with the
     * boolean {@code soft}), appended through the event store so that it is hash-chained like any other row.
     */
    private String storeAMilestoneOfTheFirstRevision() throws Exception {
        TaskFixture task = TaskFixture.create();
        String eventId = UUID.randomUUID().toString();
        Serializer serializer = storedEventFormat.serializer();
        String payload = """
                {"description":"力争10家企业列入省创新龙头企业","dueOn":"2017-12-31","milestoneId":"m-old",\
                "responsibleUnitIds":["%s"],"soft":true,"taskId":"%s"}""".formatted(TaskFixture.unit("红旗区"), task.id);
        String metaData = serializer.serialize(MetaData.from(Map.of("actorUser", "supervisor-1", "actorRole",
                "supervisor", "correlationId", "legacy-1", "occurredAt", "2017-10-09T02:00:00Z")), String.class)
                .getData();
        DomainEventMessage<?> legacy = new GenericDomainEventMessage<>(aggregateTypeOf(task.id), task.id, 1,
                new SerializedMessage<>(eventId,
                        new SimpleSerializedObject<>(payload, String.class, "duban.task.milestone-scheduled.v1", "1"),
                        new SimpleSerializedObject<>(metaData, String.class, MetaData.class.getName(), null),
                        serializer),
                () -> Instant.parse("2017-10-09T02:00:01Z"));
        QuarkusTransaction.requiringNew().run(() -> storageEngine.appendEvents(legacy));
        return eventId;
    }

    private String aggregateTypeOf(String aggregateId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT type FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0")) {
            query.setString(1, aggregateId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private long lastGlobalIndex() throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT coalesce(max(global_index), -1) FROM domain_event_entry");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The events stored after {@code globalIndex}, read as the publisher's tracking processor reads them. */
    private List<DomainEventMessage<?>> readTheStoreAfter(long globalIndex) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        try (var stream = storageEngine.readEvents(
                GapAwareTrackingToken.newInstance(globalIndex, Collections.emptySet()), false)) {
            stream.forEach((TrackedEventMessage<?> event) -> events.add((DomainEventMessage<?>) event));
        }
        return events;
    }

    /** The first record on the topic of each of these events. */
    private Map<String, byte[]> readTheTopic(Set<String> ids, Duration timeout) {
        Map<String, byte[]> found = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = LedgerTopicReader.fromStart(bootstrap)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!found.keySet().containsAll(ids) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    // The broker is shared with other tests' stores: only this store's events are looked for.
                    String id = codec.read(record.value()).id();
                    if (ids.contains(id)) {
                        found.putIfAbsent(id, record.value());
                    }
                }
            }
        }
        return found;
    }

    private static byte[] withoutTrace(byte[] record) {
        try {
            ObjectNode json = (ObjectNode) EventJson.mapper().readTree(record);
            json.remove(TRACE_ATTRIBUTES);
            return EventJson.mapper().writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
