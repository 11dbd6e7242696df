package duban.events.envelope;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.util.RawValue;
import duban.events.EventJson;
import duban.events.EventTypes;
import duban.events.LedgerEvent;
import duban.events.notification.NotificationEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/** Writes and reads the structured-mode envelope, and decodes its data into an event record. */
public final class CloudEventCodec {

    private final ObjectMapper mapper;

    public CloudEventCodec() {
        this(EventJson.mapper());
    }

    public CloudEventCodec(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper);
    }

    /**
     * Wraps a stored event.
     *
     * @param eventId     the event's id in the store: the consumers' de-duplication key
     * @param source      the producing service, a URI reference such as {@code /duban/tasks-service}
     * @param sequence    the event's number within its aggregate
     * @param globalIndex the event's position in the event store
     */
    public CloudEvent wrap(String eventId, String source, LedgerEvent event, EventMetadata metadata,
                           long sequence, long globalIndex) {
        return envelope(eventId, source, EventTypes.nameOf(event.getClass()), event.aggregateId(),
                event.aggregateType(), metadata, sequence, globalIndex, mapper.valueToTree(event));
    }

    /**
     * Wraps a stored event whose data is already the contract's JSON (the payload text as the event store keeps it),
     * for writing only: {@link #write} copies {@code data} into the envelope as it is, never parsing it, so its
     * numbers keep their exact text. The attributes are those {@link #wrap(String, String, LedgerEvent,
     * EventMetadata, long, long)} gives the decoded event; {@code aggregatetype} is the type name's aggregate
     * segment. Such an envelope cannot be decoded by {@link #payload}: read the written bytes back for that.
     *
     * @param type    the event's stable type name, e.g. {@code duban.task.progress-reported.v1}
     * @param subject the id of the event's aggregate
     * @param data    the event as one JSON object, trusted to be well-formed
     */
    public CloudEvent wrapStored(String eventId, String source, String type, String subject, EventMetadata metadata,
                                 long sequence, long globalIndex, String data) {
        return envelope(eventId, source, type, subject, EventTypes.aggregateTypeOf(type), metadata, sequence,
                globalIndex, JsonNodeFactory.instance.rawValueNode(new RawValue(Objects.requireNonNull(data))));
    }

    /** The envelope of a stored event: its attributes from the store's row and metadata, {@code data} as given. */
    private static CloudEvent envelope(String eventId, String source, String type, String subject,
                                       String aggregateType, EventMetadata metadata, long sequence, long globalIndex,
                                       JsonNode data) {
        Actor actor = metadata.actor();
        return new CloudEvent(
                CloudEvent.SPEC_VERSION,
                eventId,
                source,
                type,
                subject,
                metadata.occurredAt(),
                CloudEvent.JSON,
                sequence,
                globalIndex,
                aggregateType,
                actor == null ? null : actor.userId(),
                actor == null ? null : actor.unitId(),
                actor == null ? null : actor.role(),
                metadata.recordedAt(),
                metadata.correlationId(),
                metadata.causationId(),
                metadata.idempotencyKey(),
                data);
    }

    /**
     * Wraps a notification sent: its id is the notification's (the same on every re-send), its subject the recipient
     * (the Kafka key); it has no place in the event store, so no sequence, global index or actor.
     *
     * @param source the producing service, such as {@code /duban/notification-service}
     */
    public CloudEvent wrap(String source, NotificationEvent event) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, event.notificationId(), source,
                EventTypes.nameOf(event.getClass()), event.recipient(), event.sentAt(), CloudEvent.JSON, null, null,
                null, null, null, null, null, null, null, null, mapper.valueToTree(event));
    }

    public byte[] write(CloudEvent event) {
        try {
            return mapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write CloudEvent " + event.id(), e);
        }
    }

    /** Reads an envelope; fails with {@link IllegalArgumentException} on anything that is not one. */
    public CloudEvent read(byte[] json) {
        CloudEvent event;
        try {
            event = mapper.readValue(json, CloudEvent.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a CloudEvents JSON document", e);
        }
        if (!CloudEvent.SPEC_VERSION.equals(event.specVersion()) || event.id() == null || event.type() == null
                || event.source() == null) {
            throw new IllegalArgumentException("CloudEvent lacks specversion 1.0, id, type or source");
        }
        return event;
    }

    /** The notification of the envelope, or empty when its type is not one this version knows. */
    public Optional<NotificationEvent> notification(CloudEvent event) {
        return EventTypes.notificationClassOf(event.type()).map(type -> {
            try {
                return mapper.treeToValue(event.data(), type);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("data of " + event.type() + " " + event.id() + " is malformed", e);
            }
        });
    }

    /** The event record of the envelope, or empty when its type is not one this version knows. */
    public Optional<LedgerEvent> payload(CloudEvent event) {
        return EventTypes.classOf(event.type()).map(type -> {
            try {
                return mapper.treeToValue(event.data(), type);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("data of " + event.type() + " " + event.id() + " is malformed", e);
            }
        });
    }
}
