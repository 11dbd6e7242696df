package duban.events.envelope;

import java.time.Instant;

/**
 * What every event carries besides its payload.
 *
 * @param occurredAt     when the actor says it happened (the request time)
 * @param recordedAt     when the event store committed it
 * @param idempotencyKey the client's Idempotency-Key, when one was sent
 */
public record EventMetadata(
        Actor actor,
        Instant occurredAt,
        Instant recordedAt,
        String correlationId,
        String causationId,
        String idempotencyKey) {
}
