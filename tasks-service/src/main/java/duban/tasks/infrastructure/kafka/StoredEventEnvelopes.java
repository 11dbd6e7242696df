package duban.tasks.infrastructure.kafka;

import com.fasterxml.jackson.core.JsonFactory;
import duban.events.EventTypes;
import duban.events.envelope.CloudEvent;
import duban.events.envelope.CloudEventCodec;
import duban.tasks.infrastructure.observability.TraceContext;
import java.util.Map;
import java.util.Objects;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;

/**
 * Writes a stored event's CloudEvent from the event as the store holds it: the payload text goes into {@code data}
 * as it is (numbers keep their exact text), the attributes come from the row (id, aggregate, sequence, time, type)
 * and from the keys of the metadata read in one pass; neither payload nor metadata is decoded.
 *
 * <p>The event store's serializer must be the one that read the events: only then does Axon hand over the stored text
 * instead of serialising the decoded event again. An event of an older revision arrives upcast by the store's
 * upcasters, as a JSON tree, and its data is that tree written once.
 */
final class StoredEventEnvelopes {

    private final Serializer serializer;
    private final String source;
    private final CloudEventCodec codec;
    private final JsonFactory json;

    StoredEventEnvelopes(Serializer serializer, String source, CloudEventCodec codec) {
        this.serializer = Objects.requireNonNull(serializer);
        this.source = Objects.requireNonNull(source);
        this.codec = Objects.requireNonNull(codec);
        this.json = new JsonFactory();
    }

    /** The metadata keys the event's CloudEvent and its trace need. */
    StoredMetadata metadata(DomainEventMessage<?> event) {
        String stored = event.serializeMetaData(serializer, String.class).getData();
        return StoredMetadata.read(json, stored).orElseGet(() -> StoredMetadata.of(event.getMetaData()));
    }

    /**
     * The CloudEvents JSON of a stored event at {@code globalIndex}, carrying {@code trace} (the publishing span's
     * {@code traceparent}/{@code tracestate}; empty when tracing is off).
     */
    byte[] write(DomainEventMessage<?> event, StoredMetadata metadata, long globalIndex, Map<String, String> trace) {
        String data = event.serializePayload(serializer, String.class).getData();
        CloudEvent envelope = codec.wrapStored(event.getIdentifier(), source, EventTypes.nameOf(event.getPayloadType()),
                        event.getAggregateIdentifier(), metadata.toEventMetadata(event.getTimestamp()),
                        event.getSequenceNumber(), globalIndex, data)
                .withTrace(trace.get(TraceContext.TRACEPARENT), trace.get(TraceContext.TRACESTATE));
        return codec.write(envelope);
    }
}
