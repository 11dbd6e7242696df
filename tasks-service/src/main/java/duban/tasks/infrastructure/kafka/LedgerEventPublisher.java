package duban.tasks.infrastructure.kafka;

import duban.events.LedgerEvent;
import duban.events.envelope.CloudEvent;
import duban.events.envelope.CloudEventCodec;
import duban.tasks.eventstore.GlobalIndexes;
import duban.tasks.infrastructure.axon.StoredEventFormat;
import duban.tasks.infrastructure.observability.TraceContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes each stored event to the ledger topic, keyed by aggregate id so that one aggregate's
 * events stay in order on one partition, with its own position in the store as {@code globalindex}.
 * Sends of a processor batch are asynchronous and awaited before the batch commits its token: a failed
 * send fails the batch, which the processor retries (consumers de-duplicate by the CloudEvents id).
 *
 * <p>The record is written from the event as stored, its payload text copied into {@code data} (see
 * {@link StoredEventEnvelopes}): the publisher decodes neither payload nor metadata.
 *
 * <p>Each send is a producer span continuing the trace stored with the event (the write's), and the record carries
 * that span's context as the CloudEvents {@code traceparent}, so the consumers' spans join the same trace.
 */
@Singleton
public class LedgerEventPublisher implements EventMessageHandler {

    private static final Logger LOG = Logger.getLogger(LedgerEventPublisher.class);
    private static final String PENDING = LedgerEventPublisher.class.getName() + ".pending";

    @Inject
    LedgerTopic topic;

    @Inject
    GlobalIndexes globalIndexes;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "duban.events.source", defaultValue = "/duban/tasks-service")
    String source;

    @ConfigProperty(name = "duban.kafka.send-timeout", defaultValue = "PT30S")
    java.time.Duration sendTimeout;

    @Inject
    MeterRegistry registry;

    @Inject
    Tracer tracer;

    @Inject
    Instance<StoredEventFormat> storedEventFormat;

    private volatile StoredEventEnvelopes envelopes;
    // When the batch being sent began waiting for the broker's acknowledgements (System.nanoTime), 0 when none waits.
    private volatile long waitingSince;
    private KafkaProducer<String, byte[]> producer;
    private KafkaClientMetrics producerMetrics;

    @PostConstruct
    void createProducer() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) sendTimeout.toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(sendTimeout.toMillis(), 15_000),
                ProducerConfig.CLIENT_ID_CONFIG, "tasks-service-ledger-publisher"),
                new StringSerializer(), new ByteArraySerializer());
        producerMetrics = new KafkaClientMetrics(producer);
        producerMetrics.bindTo(registry);
    }

    void close(@Observes ShutdownEvent event) {
        if (producerMetrics != null) {
            producerMetrics.close();
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }

    @Override
    public Object handle(EventMessage<?> message) throws Exception {
        if (!(message instanceof DomainEventMessage<?> domainEvent)) {
            return null;
        }
        if (!LedgerEvent.class.isAssignableFrom(message.getPayloadType())) {
            // A type this build cannot read (written by a newer version): never publish it half-read.
            throw new IllegalStateException("stored event " + message.getIdentifier() + " of type "
                    + message.getPayloadType().getName() + " is not part of this build's contract");
        }
        pendingEvents().add(domainEvent);
        return null;
    }

    /**
     * The events of the current processor batch, published together just before the batch commits its token: their
     * own global indexes are read in one query, then they are sent in the order handled (one aggregate's events stay
     * in sequence order on its partition) and awaited.
     */
    private List<DomainEventMessage<?>> pendingEvents() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.root().getOrComputeResource(PENDING, key -> {
            List<DomainEventMessage<?>> pending = new ArrayList<>();
            unitOfWork.root().onPrepareCommit(u -> publish(pending));
            return pending;
        });
    }

    private void publish(List<DomainEventMessage<?>> events) {
        topic.ensureExists();
        StoredEventEnvelopes envelopes = envelopes();
        Map<String, Long> globalIndexes = this.globalIndexes.of(
                events.stream().map(EventMessage::getIdentifier).toList());
        List<Future<RecordMetadata>> sends = new ArrayList<>(events.size());
        List<Span> spans = new ArrayList<>(events.size());
        try {
            for (DomainEventMessage<?> event : events) {
                Long globalIndex = globalIndexes.get(event.getIdentifier());
                if (globalIndex == null) {
                    throw new IllegalStateException("stored event " + event.getIdentifier() + " is not in the store");
                }
                StoredMetadata metadata = envelopes.metadata(event);
                Span span = tracer.spanBuilder("publish " + topic.name()).setSpanKind(SpanKind.PRODUCER)
                        .setParent(TraceContext.from(metadata.traceContext()))
                        .setAttribute("messaging.system", "kafka")
                        .setAttribute("messaging.destination.name", topic.name())
                        .setAttribute("messaging.message.id", event.getIdentifier())
                        .setAttribute("duban.globalindex", globalIndex).startSpan();
                spans.add(span);
                sends.add(producer.send(record(envelopes, event, metadata, globalIndex, span)));
            }
            awaitAll(sends);
        } catch (RuntimeException e) {
            spans.forEach(span -> span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName()));
            throw e;
        } finally {
            spans.forEach(Span::end);
        }
    }

    private ProducerRecord<String, byte[]> record(StoredEventEnvelopes envelopes, DomainEventMessage<?> event,
                                                  StoredMetadata metadata, long globalIndex, Span span) {
        Map<String, String> trace = TraceContext.of(io.opentelemetry.context.Context.root().with(span));
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(), event.getAggregateIdentifier(),
                envelopes.write(event, metadata, globalIndex, trace));
        record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** Built at the first publish: the event store's serializer exists only once Axon is configured. */
    private StoredEventEnvelopes envelopes() {
        StoredEventEnvelopes built = envelopes;
        if (built == null) {
            built = new StoredEventEnvelopes(storedEventFormat.get().serializer(), source, new CloudEventCodec());
            envelopes = built;
        }
        return built;
    }

    /**
     * How long the batch being sent has been waiting for the broker's acknowledgements, or empty when none waits: a
     * send waits up to {@code duban.kafka.send-timeout} for a broker that is away before the batch fails and is
     * retried, and meanwhile this is what the publisher is doing.
     */
    public Optional<java.time.Duration> waitingForAcknowledgements() {
        long since = waitingSince;
        return since == 0 ? Optional.empty() : Optional.of(java.time.Duration.ofNanos(System.nanoTime() - since));
    }

    private void awaitAll(List<Future<RecordMetadata>> pending) {
        waitingSince = System.nanoTime();
        try {
            producer.flush();
            awaitEach(pending);
        } finally {
            waitingSince = 0;
        }
    }

    private void awaitEach(List<Future<RecordMetadata>> pending) {
        for (Future<RecordMetadata> send : pending) {
            try {
                send.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                LOG.warnf("publishing to %s failed; the batch will be retried: %s", topic.name(), e.toString());
                throw new IllegalStateException("Kafka did not acknowledge an event", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing", e);
            }
        }
    }
}
