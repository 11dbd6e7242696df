package duban.tasks.infrastructure.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MessageMonitor.MonitorCallback;
import org.junit.jupiter.api.Test;

/** The command bus's and event store's meters: Axon's names and tags, each built once per payload type. */
class MessageMetersTest {

    record ReportProgress(String taskId) {
    }

    record UrgeTask(String taskId) {
    }

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final MessageMeters meters = new MessageMeters("commandBus", Tags.empty(), registry);

    private MonitorCallback ingest(Object payload) {
        return meters.onMessageIngested(GenericCommandMessage.asCommandMessage(payload));
    }

    @Test
    void eachOutcomeIsCountedAndTimedUnderItsPayloadType() {
        ingest(new ReportProgress("t1")).reportSuccess();
        ingest(new ReportProgress("t2")).reportSuccess();
        ingest(new ReportProgress("t3")).reportFailure(new IllegalStateException("refused"));
        ingest(new UrgeTask("t1")).reportIgnored();
        MonitorCallback unanswered = ingest(new UrgeTask("t2"));

        assertThat(count("commandBus.ingestedCounter", "ReportProgress")).isEqualTo(3);
        assertThat(count("commandBus.successCounter", "ReportProgress")).isEqualTo(2);
        assertThat(count("commandBus.failureCounter", "ReportProgress")).isEqualTo(1);
        assertThat(count("commandBus.processedCounter", "ReportProgress")).isEqualTo(3);
        assertThat(timed("commandBus.allTimer", "ReportProgress")).isEqualTo(3);
        assertThat(timed("commandBus.successTimer", "ReportProgress")).isEqualTo(2);
        assertThat(timed("commandBus.failureTimer", "ReportProgress")).isEqualTo(1);
        assertThat(count("commandBus.ingestedCounter", "UrgeTask")).isEqualTo(2);
        assertThat(count("commandBus.ignoredCounter", "UrgeTask")).isEqualTo(1);
        assertThat(timed("commandBus.ignoredTimer", "UrgeTask")).isEqualTo(1);
        assertThat(count("commandBus.processedCounter", "UrgeTask")).as("one still running").isEqualTo(1);
        unanswered.reportSuccess();
        assertThat(count("commandBus.processedCounter", "UrgeTask")).isEqualTo(2);
    }

    @Test
    void aPayloadTypesMetersAreRegisteredOnceWhateverTheNumberOfMessages() {
        ingest(new ReportProgress("t0")).reportSuccess();
        int registered = registry.getMeters().size();
        for (int i = 1; i <= 1_000; i++) {
            ingest(new ReportProgress("t" + i)).reportSuccess();
        }
        assertThat(registry.getMeters()).hasSize(registered).hasSize(9);
        assertThat(count("commandBus.successCounter", "ReportProgress")).isEqualTo(1_001);
    }

    @Test
    void anEventProcessorsMetersCarryItsNameAndItsLatency() {
        MessageMonitor<Message<?>> processor = MessageMeters.forComponent(TrackingEventProcessor.class,
                "kafka-publisher", registry);
        processor.onMessageIngested(GenericEventMessage.asEventMessage(new ReportProgress("t1"))).reportSuccess();

        assertThat(registry.get("eventProcessor.successCounter").tag("processorName", "kafka-publisher")
                .tag("payloadType", "ReportProgress").counter().count()).isEqualTo(1);
        assertThat(registry.get("eventProcessor.latency").tag("processorName", "kafka-publisher").gauge().value())
                .isGreaterThanOrEqualTo(0);
        assertThat(MessageMeters.forComponent(SimpleCommandBus.class, "commandBus", registry))
                .isInstanceOf(MessageMeters.class);
    }

    private double count(String name, String payloadType) {
        return registry.get(name).tag("payloadType", payloadType).counter().count();
    }

    private long timed(String name, String payloadType) {
        return registry.get(name).tag("payloadType", payloadType).timer().count();
    }
}
