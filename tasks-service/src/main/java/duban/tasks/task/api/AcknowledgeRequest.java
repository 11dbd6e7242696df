package duban.tasks.task.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tasks/{taskId}/acknowledgements}: the unit is the caller's own. */
@Schema(name = "AcknowledgeRequest", description = "A unit acknowledges (签收) its assignment to the task.")
public record AcknowledgeRequest(
        @Size(max = 2000) @Schema(description = "What the unit writes when it signs", example = "已签收,将按时报送")
        String note) {
}
