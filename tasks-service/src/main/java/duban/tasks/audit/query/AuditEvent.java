package duban.tasks.audit.query;

import duban.events.envelope.Actor;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One stored event with its metadata and the hashes of its chain link.
 *
 * @param data the payload as a JSON tree (a string when the stored text is not JSON)
 */
@Schema(name = "AuditEvent", description = "A stored event with its metadata and the hashes that chain it")
public record AuditEvent(
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
        @Schema(description = "SHA-256 (hex) over prevHash and the stored row",
                example = "9f2c1a7e5b3d4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60") String hash,
        @Schema(description = "The hash of the aggregate's previous event; 64 zeros for sequence 0",
                example = "0000000000000000000000000000000000000000000000000000000000000000") String prevHash) {
}
