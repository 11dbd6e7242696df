package duban.tasks.audit.query;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event of the global stream: an {@link AuditEvent} and the aggregate it belongs to. */
@Schema(name = "StreamEvent", description = "An event of the global stream, with the aggregate it belongs to")
public record StreamEvent(
        @Schema(example = "0b6f3c1e-5d2a-4c8e-9f1a-2b7d9e4c6a10") String aggregateId,
        @Schema(description = "Plan, Unit, UnitGroup or Task", example = "Task") String aggregateType,
        @JsonUnwrapped AuditEvent event) {
}
