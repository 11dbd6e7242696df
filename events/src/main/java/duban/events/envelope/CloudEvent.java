package duban.events.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A CloudEvents 1.0 event in structured JSON mode. Extension attributes are lower-case, as the
 * specification requires: {@code sequence} (the event's number within its aggregate, from 0),
 * {@code globalindex} (its position in the event store) and the metadata of {@link EventMetadata}; and the
 * CloudEvents distributed-tracing extension: {@code traceparent} and {@code tracestate}, the W3C Trace Context of the
 * write that stored the event (absent when tracing is off), so that a consumer continues that trace.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        @JsonProperty("specversion") String specVersion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        @JsonProperty("datacontenttype") String dataContentType,
        @JsonProperty("sequence") Long sequence,
        @JsonProperty("globalindex") Long globalIndex,
        @JsonProperty("aggregatetype") String aggregateType,
        @JsonProperty("actoruser") String actorUser,
        @JsonProperty("actorunit") String actorUnit,
        @JsonProperty("actorrole") String actorRole,
        @JsonProperty("recordedat") Instant recordedAt,
        @JsonProperty("correlationid") String correlationId,
        @JsonProperty("causationid") String causationId,
        @JsonProperty("idempotencykey") String idempotencyKey,
        @JsonProperty("traceparent") String traceparent,
        @JsonProperty("tracestate") String tracestate,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
    /** The content type of a structured-mode CloudEvents message (the Kafka content-type header). */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** An event without trace context. */
    public CloudEvent(String specVersion, String id, String source, String type, String subject, Instant time,
                      String dataContentType, Long sequence, Long globalIndex, String aggregateType, String actorUser,
                      String actorUnit, String actorRole, Instant recordedAt, String correlationId, String causationId,
                      String idempotencyKey, JsonNode data) {
        this(specVersion, id, source, type, subject, time, dataContentType, sequence, globalIndex, aggregateType,
                actorUser, actorUnit, actorRole, recordedAt, correlationId, causationId, idempotencyKey, null, null,
                data);
    }

    /** The same event carrying this W3C trace context ({@code tracestate} may be null). */
    public CloudEvent withTrace(String traceparent, String tracestate) {
        return new CloudEvent(specVersion, id, source, type, subject, time, dataContentType, sequence, globalIndex,
                aggregateType, actorUser, actorUnit, actorRole, recordedAt, correlationId, causationId, idempotencyKey,
                traceparent, tracestate, data);
    }

    /** The metadata carried in the extension attributes. */
    public EventMetadata metadata() {
        Actor actor = actorUser == null && actorRole == null ? null : new Actor(actorUser, actorUnit, actorRole);
        return new EventMetadata(actor, time, recordedAt, correlationId, causationId, idempotencyKey);
    }
}
