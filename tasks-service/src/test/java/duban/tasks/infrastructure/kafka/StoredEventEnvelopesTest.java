package duban.tasks.infrastructure.kafka;

import static duban.tasks.infrastructure.kafka.DecodedEnvelopes.assertSameRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import duban.events.EventJson;
import duban.events.envelope.CloudEventCodec;
import duban.events.task.Attachment;
import duban.events.task.ProgressReported;
import duban.events.task.TargetCount;
import duban.tasks.infrastructure.axon.ContractSerializer;
import duban.tasks.infrastructure.axon.MilestoneScheduledUpcaster;
import duban.tasks.infrastructure.observability.TraceContext;
import io.opentelemetry.api.trace.Span;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;

/**
 * A stored row, read as the event store's tracking reader reads it (the store's serializer and upcasters), goes out
 * as the record the decoded event would make.
 */
class StoredEventEnvelopesTest {

    private static final String SOURCE = "/duban/tasks-service";
    private static final Map<String, String> TRACE = Map.of(TraceContext.TRACEPARENT,
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", TraceContext.TRACESTATE, "duban=1");

    private final Serializer serializer = ContractSerializer.create(EventJson.configure(JsonMapper.builder()).build());
    private final EventUpcasterChain upcasters = new EventUpcasterChain(new MilestoneScheduledUpcaster());
    private final CloudEventCodec codec = new CloudEventCodec();
    private final StoredEventEnvelopes envelopes = new StoredEventEnvelopes(serializer, SOURCE, codec);

    private final String metadata = serializer.serialize(MetaData.from(Map.of(
            "actorUser", "clerk-7", "actorUnit", "unit-红旗区", "actorRole", "unit", "correlationId", "corr-1",
            "causationId", "cmd-1", "idempotencyKey", "key-1", "occurredAt", "2017-11-20T02:00:00.120Z",
            "traceId", "cmd-1", TraceContext.TRACEPARENT, TRACE.get(TraceContext.TRACEPARENT))), String.class)
            .getData();

    /** A row of the event table, read back through the store's serializer and upcasters. */
    private DomainEventMessage<?> stored(String type, String revision, String payload, String metaData) {
        TrackedDomainEventData<String> row = new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(41),
                new GenericDomainEventEntry<>("Task", "task-1", 3, "event-1", "2017-11-20T02:00:01.000Z", type,
                        revision, payload, metaData));
        return (DomainEventMessage<?>) EventUtils.upcastAndDeserializeTrackedEvents(Stream.of(row), serializer,
                upcasters).findFirst().orElseThrow();
    }

    private byte[] published(DomainEventMessage<?> event) {
        return envelopes.write(event, envelopes.metadata(event), 42, TRACE);
    }

    @Test
    void aCurrentEventGoesOutByteForByteAsItsDecodedRecordWould() {
        ProgressReported report = new ProgressReported("task-1", "report-1", "unit-红旗区",
                LocalDate.of(2017, 11, 20), "已完成\"12.50\"万元投资。",
                List.of(new TargetCount("t-1", new BigDecimal("12.50")),
                        new TargetCount("t-2", new BigDecimal("3E+2")), new TargetCount("t-3", new BigDecimal("30"))),
                List.of("m-1"), List.of(new Attachment("台账.xlsx", 1024, "ab".repeat(32))));
        String payload = serializer.serialize(report, String.class).getData();

        byte[] copied = published(stored("duban.task.progress-reported.v1", "1", payload, metadata));
        byte[] decoded = DecodedEnvelopes.write(codec, SOURCE,
                stored("duban.task.progress-reported.v1", "1", payload, metadata), 42, TRACE);

        assertThat(new String(copied, StandardCharsets.UTF_8)).isEqualTo(new String(decoded, StandardCharsets.UTF_8));
        assertThat(DecodedEnvelopes.numberTexts(copied)).containsEntry("/data/counts/0/cumulative", "12.50")
                .containsEntry("/data/counts/1/cumulative", "3E+2").containsEntry("/globalindex", "42");
        assertThat(codec.payload(codec.read(copied))).contains(report);
    }

    @Test
    void anEventOfAnOlderRevisionGoesOutAsTheCurrentOne() throws Exception {
        String v1 = """
                {"description":"力争10家企业列入省创新龙头企业","dueOn":"2017-12-31","milestoneId":"m-1",\
                "responsibleUnitIds":["市科技局"],"soft":true,"taskId":"task-1"}""";

        byte[] copied = published(stored("duban.task.milestone-scheduled.v1", "1", v1, metadata));

        assertSameRecord("an upcast milestone", DecodedEnvelopes.write(codec, SOURCE,
                stored("duban.task.milestone-scheduled.v1", "1", v1, metadata), 42, TRACE), copied);
        JsonNode record = EventJson.mapper().readTree(copied);
        assertThat(record.get("type").asText()).isEqualTo("duban.task.milestone-scheduled.v2");
        assertThat(record.get("data").get("commitment").asText()).isEqualTo("SOFT");
        assertThat(record.get("data").has("soft")).isFalse();
    }

    @Test
    void thePayloadIsCopiedNotDecoded() {
        // Not a ProgressReported any decoder accepts: only a path that never decodes can write it.
        String undecodable = "{\"counts\":\"none\",\"reportId\":\"r-1\",\"taskId\":\"task-1\",\"total\":1.10}";

        byte[] copied = published(stored("duban.task.progress-reported.v1", "1", undecodable, metadata));

        assertThat(new String(copied, StandardCharsets.UTF_8)).contains("\"data\":" + undecodable);
        assertThatThrownBy(() -> DecodedEnvelopes.write(codec, SOURCE,
                stored("duban.task.progress-reported.v1", "1", undecodable, metadata), 42, TRACE))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void metadataReadInOnePassSaysWhatAxonsReadingSays() {
        String payload = "{\"taskId\":\"task-1\",\"unitIds\":[\"红旗区\"],\"message\":null}";
        for (String metaData : List.of(metadata, "{}",
                "{\"later\":{\"nested\":[1,{\"actorUser\":\"not this\"}]},\"actorRole\":\"supervisor\","
                        + "\"actorUser\":null}",
                "{\"actorUser\":\"u-1\",\"correlationId\":42,\"occurredAt\":\"2017-11-20T10:00:00+08:00\"}")) {
            DomainEventMessage<?> event = stored("duban.task.urged.v1", "1", payload, metaData);

            assertSameRecord(metaData, DecodedEnvelopes.write(codec, SOURCE,
                    stored("duban.task.urged.v1", "1", payload, metaData), 42, TRACE), published(event));
        }
    }

    @Test
    void theWritesTraceIsReadFromTheStoredMetadata() {
        DomainEventMessage<?> event = stored("duban.task.urged.v1", "1", "{\"taskId\":\"task-1\"}", metadata);

        Map<String, String> read = envelopes.metadata(event).traceContext();

        assertThat(Span.fromContext(TraceContext.from(read)).getSpanContext())
                .isEqualTo(Span.fromContext(TraceContext.from(event.getMetaData())).getSpanContext())
                .matches(span -> span.getTraceId().equals("4bf92f3577b34da6a3ce929d0e0e4736"));
    }
}
