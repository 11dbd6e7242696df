package duban.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import duban.events.envelope.CloudEvent;
import duban.events.task.TaskCreated;
import duban.testing.ledger.LedgerTopicWriter;
import duban.testing.tracing.CollectedSpans;
import io.opentelemetry.api.trace.SpanKind;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A consuming service continues the trace a ledger record names: applying the event is a consumer span of the
 * write's trace id, under the producer's span. The service's test makes its {@link CollectedSpans} a bean.
 */
public abstract class LedgerTraceContract {

    @Inject
    CollectedSpans spans;

    @Test
    public void theApplySpanOfAnEventIsAChildOfItsRecordsTraceparent() {
        String traceId = hex(16);
        String producerSpanId = hex(8);
        CloudEvent sent;
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (LedgerTopicWriter topic = new LedgerTopicWriter(bootstrap)) {
            sent = topic.writeTraced(new TaskCreated("traced-" + UUID.randomUUID(), "traced-plan", null, "一",
                    "追踪任务", null, List.of("追踪单位"), List.of(), null), "00-" + traceId + "-" + producerSpanId + "-01");
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(spans.ofTrace(traceId))
                .singleElement().satisfies(span -> {
                    assertThat(span.getName()).isEqualTo("apply " + sent.type());
                    assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
                    assertThat(span.getParentSpanId()).isEqualTo(producerSpanId);
                    assertThat(span.getAttributes().asMap()).containsValue(sent.id());
                }));
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // an all-zero id is invalid in W3C Trace Context
        return HexFormat.of().formatHex(random);
    }
}
