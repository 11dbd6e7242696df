package duban.tasks.infrastructure.axon;

import duban.events.envelope.Actor;
import duban.events.envelope.EventMetadata;
import duban.tasks.domain.actor.ActorMetadata;
import duban.tasks.infrastructure.observability.TraceContext;
import io.opentelemetry.context.Context;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.MetaData;

/**
 * The metadata keys a command carries from the request to every event it causes, and their
 * translation to the contract's {@link EventMetadata}. Axon copies {@link #PROPAGATED_KEYS} from
 * the command to its events; {@link #CAUSATION_ID} is set by Axon to the command's message id.
 */
public final class RequestMetadata {

    public static final String ACTOR_USER = ActorMetadata.ACTOR_USER;
    public static final String ACTOR_UNIT = ActorMetadata.ACTOR_UNIT;
    public static final String ACTOR_ROLE = ActorMetadata.ACTOR_ROLE;
    public static final String CORRELATION_ID = "correlationId";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    public static final String OCCURRED_AT = "occurredAt";
    public static final String CAUSATION_ID = "causationId";
    /** Axon's own trace id: the id of the first message of a chain of messages (not OpenTelemetry's). */
    public static final String TRACE_ID = "traceId";
    /** The W3C trace context of the command's span, stored with each event it causes (see TraceContext). */
    public static final String TRACEPARENT = TraceContext.TRACEPARENT;
    public static final String TRACESTATE = TraceContext.TRACESTATE;

    static final String[] PROPAGATED_KEYS = {
        ACTOR_USER, ACTOR_UNIT, ACTOR_ROLE, CORRELATION_ID, IDEMPOTENCY_KEY, OCCURRED_AT, TRACEPARENT, TRACESTATE
    };

    private RequestMetadata() {
    }

    /**
     * The metadata of a command sent on behalf of {@code actor}, with the trace context current on the calling thread
     * (the command's span), so that the publisher, later and on another thread, continues the same trace.
     */
    public static MetaData of(Actor actor, String correlationId, String idempotencyKey, Instant occurredAt) {
        Map<String, Object> values = new HashMap<>();
        values.put(ACTOR_USER, actor.userId());
        if (actor.unitId() != null) {
            values.put(ACTOR_UNIT, actor.unitId());
        }
        values.put(ACTOR_ROLE, actor.role());
        values.put(CORRELATION_ID, correlationId);
        if (idempotencyKey != null) {
            values.put(IDEMPOTENCY_KEY, idempotencyKey);
        }
        values.put(OCCURRED_AT, occurredAt.toString());
        values.putAll(TraceContext.of(Context.current()));
        return MetaData.from(values);
    }

    /** The contract's view of a stored event's metadata; {@code recordedAt} is the store's timestamp. */
    public static EventMetadata toEventMetadata(MetaData metaData, Instant recordedAt) {
        Actor actor = ActorMetadata.actorOf(metaData);
        String occurred = text(metaData, OCCURRED_AT);
        return new EventMetadata(actor, occurred == null ? recordedAt : Instant.parse(occurred), recordedAt,
                text(metaData, CORRELATION_ID), text(metaData, CAUSATION_ID), text(metaData, IDEMPOTENCY_KEY));
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
