package duban.tasks.audit.query;

import duban.events.envelope.Actor;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An event of the global stream: the fields of an {@link AuditEvent} after the aggregate it belongs
 * to. Spelt out rather than nested so that the stream and the history read alike.
 */
@Schema(name = "StreamEvent", description = "An event of the global stream, with the aggregate it belongs to")
public record StreamEvent(
        @Schema(example = "0b6f3c1e-5d2a-4c8e-9f1a-2b7d9e4c6a10") String aggregateId,
        @Schema(description = "Plan, Unit, UnitGroup or Task", example = "Task") String aggregateType,
        @Schema(description = "Position within its aggregate, from 0", example = "1") long sequence,
        @Schema(description = "Position in the whole store", example = "1042") long globalIndex,
        @Schema(example = "6d0f4f6e-2f5c-4d1b-9a57-3f0a6b2c9e11") String eventId,
        @Schema(description = "Stable event type name", example = "duban.task.progress-reported.v1") String type,
        @Schema(description = "When the command was received") Instant occurredAt,
        @Schema(description = "When the event was stored") Instant recordedAt,
        @Schema(description = "Who caused the event") Actor actor,
        String correlationId,
        @Schema(description = "Id of the command that caused the event") String causationId,
        @Schema(description = "The Idempotency-Key of the request, if it had one") String idempotencyKey,
        @Schema(type = SchemaType.OBJECT, description = "The payload JSON as stored") Object data,
        @Schema(description = "SHA-256 (hex) over prevHash and the stored row") String hash,
        @Schema(description = "The hash of the aggregate's previous event; 64 zeros for sequence 0") String prevHash) {

    static StreamEvent of(String aggregateId, String aggregateType, AuditEvent e) {
        return new StreamEvent(aggregateId, aggregateType, e.sequence(), e.globalIndex(), e.eventId(), e.type(),
                e.occurredAt(), e.recordedAt(), e.actor(), e.correlationId(), e.causationId(), e.idempotencyKey(),
                e.data(), e.hash(), e.prevHash());
    }
}
