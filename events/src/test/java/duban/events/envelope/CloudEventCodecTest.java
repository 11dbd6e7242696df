package duban.events.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import duban.events.EventJson;
import duban.events.task.Attachment;
import duban.events.task.ProgressReported;
import duban.events.task.TargetCount;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloudEventCodecTest {

    private final CloudEventCodec codec = new CloudEventCodec();

    private final ProgressReported report = new ProgressReported("task-1", "report-1", "unit-红旗区",
            LocalDate.of(2017, 11, 20), "已完成2家企业培育,正在申报。",
            List.of(new TargetCount("target-1", new BigDecimal("2"))), List.of("ms-1"),
            List.of(new Attachment("台账.xlsx", 1024, "ab".repeat(32))));

    private final EventMetadata metadata = new EventMetadata(new Actor("clerk-7", "unit-红旗区", "unit"),
            Instant.parse("2017-11-20T02:00:00Z"), Instant.parse("2017-11-20T02:00:01Z"), "corr-1", "cause-1",
            "key-1");

    @Test
    void writesTheStructuredEnvelopeWithTheRequiredAttributesAndExtensions() throws Exception {
        CloudEvent event = codec.wrap("evt-1", "/duban/tasks-service", report, metadata, 3, 42);

        JsonNode json = EventJson.mapper().readTree(codec.write(event));

        assertThat(json.get("specversion").asText()).isEqualTo("1.0");
        assertThat(json.get("id").asText()).isEqualTo("evt-1");
        assertThat(json.get("type").asText()).isEqualTo("duban.task.progress-reported.v1");
        assertThat(json.get("source").asText()).isEqualTo("/duban/tasks-service");
        assertThat(json.get("subject").asText()).isEqualTo("task-1");
        assertThat(json.get("time").asText()).isEqualTo("2017-11-20T02:00:00Z");
        assertThat(json.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(json.get("sequence").asLong()).isEqualTo(3);
        assertThat(json.get("globalindex").asLong()).isEqualTo(42);
        assertThat(json.get("actorunit").asText()).isEqualTo("unit-红旗区");
        assertThat(json.get("data").get("period").asText()).isEqualTo("2017-11-20");
        assertThat(json.get("data").get("text").asText()).isEqualTo("已完成2家企业培育,正在申报。");
    }

    @Test
    void readsBackTheSameEventAndMetadata() {
        byte[] bytes = codec.write(codec.wrap("evt-1", "/duban/tasks-service", report, metadata, 3, 42));

        CloudEvent read = codec.read(bytes);

        assertThat(codec.payload(read)).contains(report);
        assertThat(read.metadata()).isEqualTo(new EventMetadata(metadata.actor(), metadata.occurredAt(),
                metadata.recordedAt(), "corr-1", "cause-1", "key-1"));
    }

    @Test
    void anUnknownTypeIsReadButNotDecoded() {
        String json = """
                {"specversion":"1.0","id":"x","source":"/elsewhere","type":"duban.task.teleported.v1",
                 "subject":"t","data":{"where":"moon"},"futureattribute":"ignored"}""";

        CloudEvent read = codec.read(json.getBytes(StandardCharsets.UTF_8));

        assertThat(codec.payload(read)).isEmpty();
    }

    @Test
    void somethingThatIsNotACloudEventIsRefused() {
        assertThatThrownBy(() -> codec.read("{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.read("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameEventAlwaysHasTheSameBytes() {
        CloudEvent event = codec.wrap("evt-1", "/duban/tasks-service", report, metadata, 3, 42);
        assertThat(codec.write(event)).isEqualTo(codec.write(codec.read(codec.write(event))));
    }

    /** The stored form of an event: the contract's JSON, as the event store keeps it. */
    private static String storedJson(Object event) throws Exception {
        return EventJson.mapper().writeValueAsString(event);
    }

    @Test
    void aStoredEventsJsonGoesOutAsItsDecodedRecordWould() throws Exception {
        ProgressReported exact = new ProgressReported("task-1", "report-1", "unit-红旗区", LocalDate.of(2017, 11, 20),
                "完成\"12.50\"家", List.of(new TargetCount("target-1", new BigDecimal("12.50")),
                        new TargetCount("target-2", new BigDecimal("3E+2"))), List.of(), List.of());

        byte[] decoded = codec.write(codec.wrap("evt-1", "/duban/tasks-service", exact, metadata, 3, 42));
        byte[] copied = codec.write(codec.wrapStored("evt-1", "/duban/tasks-service",
                "duban.task.progress-reported.v1", "task-1", metadata, 3, 42, storedJson(exact)));

        assertThat(new String(copied, StandardCharsets.UTF_8)).isEqualTo(new String(decoded, StandardCharsets.UTF_8))
                .contains("\"cumulative\":12.50", "\"cumulative\":3E+2");
        assertThat(codec.payload(codec.read(copied))).contains(exact);
    }

    @Test
    void aStoredEventsJsonIsCopiedNotRewritten() throws Exception {
        String stored = "{\"taskId\" : \"task-1\", \"counts\":[{\"cumulative\":1.000,\"targetId\":\"t\"}]}";

        byte[] copied = codec.write(codec.wrapStored("evt-1", "/duban/tasks-service",
                "duban.task.progress-reported.v1", "task-1", metadata, 3, 42, stored));

        assertThat(new String(copied, StandardCharsets.UTF_8)).contains("\"data\":" + stored);
        JsonNode json = EventJson.mapper().readTree(copied);
        assertThat(json.get("aggregatetype").asText()).isEqualTo("task");
        assertThat(json.get("data").get("counts").get(0).get("cumulative").decimalValue())
                .isEqualTo(new BigDecimal("1.000"));
    }
}
