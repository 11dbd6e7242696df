package duban.tasks.infrastructure.kafka;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import duban.events.envelope.Actor;
import duban.events.envelope.EventMetadata;
import duban.tasks.infrastructure.axon.RequestMetadata;
import duban.tasks.infrastructure.observability.TraceContext;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of a stored event's metadata that its CloudEvent carries, as text: the actor, the request time, the
 * correlation data and the W3C trace context of the write. Everything else the metadata holds (Axon's own trace id,
 * keys of later versions) is skipped unread.
 */
record StoredMetadata(String actorUser, String actorUnit, String actorRole, String occurredAt, String correlationId,
                      String causationId, String idempotencyKey, String traceparent, String tracestate) {

    /**
     * Reads the wanted keys of the stored metadata JSON in one pass, without building the map Axon would. Empty when
     * there is no text, it is not one JSON object, or a wanted key holds something other than a string or null: for
     * such metadata (never written by this service) the caller takes Axon's reading, whose rules this one follows.
     */
    static Optional<StoredMetadata> read(JsonFactory json, String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        try (JsonParser parser = json.createParser(stored)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            String[] values = new String[9];
            for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
                int slot = slotOf(key);
                JsonToken value = parser.nextToken();
                if (slot < 0) {
                    parser.skipChildren();
                } else if (value == JsonToken.VALUE_STRING) {
                    values[slot] = parser.getText();
                } else if (value == JsonToken.VALUE_NULL) {
                    values[slot] = null;
                } else {
                    return Optional.empty();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                return Optional.empty();
            }
            return Optional.of(new StoredMetadata(values[0], values[1], values[2], values[3], values[4], values[5],
                    values[6], values[7], values[8]));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The same keys of metadata Axon has read, each value as its text. */
    static StoredMetadata of(Map<String, ?> metaData) {
        return new StoredMetadata(text(metaData, RequestMetadata.ACTOR_USER),
                text(metaData, RequestMetadata.ACTOR_UNIT), text(metaData, RequestMetadata.ACTOR_ROLE),
                text(metaData, RequestMetadata.OCCURRED_AT),
                text(metaData, RequestMetadata.CORRELATION_ID), text(metaData, RequestMetadata.CAUSATION_ID),
                text(metaData, RequestMetadata.IDEMPOTENCY_KEY), text(metaData, RequestMetadata.TRACEPARENT),
                text(metaData, RequestMetadata.TRACESTATE));
    }

    /**
     * The contract's metadata, by the rules of {@link RequestMetadata#toEventMetadata}: no actor when neither user nor
     * role is recorded, the store's time when no request time is.
     */
    EventMetadata toEventMetadata(Instant recordedAt) {
        Actor actor = actorUser == null && actorRole == null ? null : new Actor(actorUser, actorUnit, actorRole);
        return new EventMetadata(actor, occurredAt == null ? recordedAt : Instant.parse(occurredAt), recordedAt,
                correlationId, causationId, idempotencyKey);
    }

    /** The write's trace context, the carrier {@link TraceContext#from} reads. */
    Map<String, String> traceContext() {
        Map<String, String> carrier = new HashMap<>(4);
        if (traceparent != null) {
            carrier.put(TraceContext.TRACEPARENT, traceparent);
        }
        if (tracestate != null) {
            carrier.put(TraceContext.TRACESTATE, tracestate);
        }
        return carrier;
    }

    private static int slotOf(String key) {
        return switch (key) {
            case RequestMetadata.ACTOR_USER -> 0;
            case RequestMetadata.ACTOR_UNIT -> 1;
            case RequestMetadata.ACTOR_ROLE -> 2;
            case RequestMetadata.OCCURRED_AT -> 3;
            case RequestMetadata.CORRELATION_ID -> 4;
            case RequestMetadata.CAUSATION_ID -> 5;
            case RequestMetadata.IDEMPOTENCY_KEY -> 6;
            case RequestMetadata.TRACEPARENT -> 7;
            case RequestMetadata.TRACESTATE -> 8;
            default -> -1;
        };
    }

    private static String text(Map<String, ?> metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
