package duban.tasks.audit.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import duban.events.envelope.Actor;
import duban.tasks.eventstore.ChainedEvent;
import duban.tasks.eventstore.EventRow;
import duban.tasks.infrastructure.axon.RequestMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Turns a stored row into an {@link AuditEvent}. A row an auditor reads may have been tampered with,
 * so nothing here trusts it to be well-formed: text that is not JSON is shown as a string, a
 * timestamp that does not parse as null.
 */
@ApplicationScoped
class AuditEventMapper {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    AuditEvent toEvent(ChainedEvent stored) {
        EventRow row = stored.row();
        Map<String, Object> metadata = metadata(row.metaData());
        Instant recordedAt = instant(row.timestamp());
        Instant occurredAt = instant(text(metadata, RequestMetadata.OCCURRED_AT));
        String user = text(metadata, RequestMetadata.ACTOR_USER);
        String role = text(metadata, RequestMetadata.ACTOR_ROLE);
        Actor actor = user == null && role == null ? null
                : new Actor(user, text(metadata, RequestMetadata.ACTOR_UNIT), role);
        return new AuditEvent(row.sequence(), row.globalIndex(), row.eventId(), row.payloadType(),
                occurredAt != null ? occurredAt : recordedAt, recordedAt, actor,
                text(metadata, RequestMetadata.CORRELATION_ID), text(metadata, RequestMetadata.CAUSATION_ID),
                text(metadata, RequestMetadata.IDEMPOTENCY_KEY), payload(row.payload()), stored.hash(),
                stored.prevHash());
    }

    StreamEvent toStreamEvent(ChainedEvent stored) {
        return StreamEvent.of(stored.row().aggregateId(), stored.row().aggregateType(), toEvent(stored));
    }

    private JsonNode payload(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(text);
        }
    }

    private Map<String, Object> metadata(String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            Map<String, Object> values = json.readValue(text, MAP);
            return values == null ? Map.of() : values;
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private static String text(Map<String, Object> metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
