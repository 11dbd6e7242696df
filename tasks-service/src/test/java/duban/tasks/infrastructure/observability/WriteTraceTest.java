package duban.tasks.infrastructure.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import duban.events.Topics;
import duban.events.envelope.CloudEvent;
import duban.events.envelope.CloudEventCodec;
import duban.tasks.unit.api.Directory;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import duban.testing.ledger.LedgerTopicReader;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * One trace from the REST call to the Kafka record: the request's span, the command's, the append's and the publish's
 * share a trace id, and the record's CloudEvents {@code traceparent} names the publish span of that trace.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class WriteTraceTest {

    @Inject
    TestSpans spans;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void theRecordOfAWriteCarriesTheTraceOfItsRequest() {
        String unitId = Directory.register(Directory.fresh("市追踪局"), "市直部门");

        CloudEvent envelope = codec.read(recordOf(unitId).value());
        assertThat(envelope.traceparent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        String traceId = envelope.traceparent().split("-")[1];

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<SpanData> trace = spans.ofTrace(traceId);
            assertThat(trace).filteredOn(span -> span.getKind() == SpanKind.SERVER).extracting(SpanData::getName)
                    .containsExactly("POST /api/v1/units");
            assertThat(trace).extracting(SpanData::getName)
                    .contains("command RegisterUnit", "append", "publish " + Topics.LEDGER_EVENTS);
            SpanData publish = trace.stream().filter(span -> span.getName().startsWith("publish")).findFirst()
                    .orElseThrow();
            assertThat(publish.getKind()).isEqualTo(SpanKind.PRODUCER);
            assertThat(envelope.traceparent()).contains("-" + publish.getSpanId() + "-");
            SpanData command = trace.stream().filter(span -> span.getName().startsWith("command")).findFirst()
                    .orElseThrow();
            // The publisher ran later, on its own thread, yet continues the write: its parent is the command's span.
            assertThat(publish.getParentSpanId()).isEqualTo(command.getSpanId());
        });
    }

    private ConsumerRecord<String, byte[]> recordOf(String key) {
        try (KafkaConsumer<String, byte[]> consumer = LedgerTopicReader.fromStart(bootstrap)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no record of " + key + " on the ledger topic");
    }
}
