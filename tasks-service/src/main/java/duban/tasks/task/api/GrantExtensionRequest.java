package duban.tasks.task.api;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tasks/{taskId}/extension-requests/{requestId}/grant}. */
@Schema(name = "GrantExtensionRequest", description = "A supervisor grants an extension; the milestone moves.")
public record GrantExtensionRequest(
        @Schema(description = "The new due date; absent grants the date asked for", example = "2018-01-15")
        LocalDate dueOn,
        @Size(max = 2000) @Schema(example = "同意延期至1月15日") String note) {
}
