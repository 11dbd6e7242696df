package duban.tasks.task.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tasks/{taskId}/completion-requests}. */
@Schema(name = "RequestCompletionRequest", description = "A lead unit asks for the task to be closed (办结 / 销号).")
public record RequestCompletionRequest(
        @NotBlank @Size(max = 100) @Schema(description = "The asking lead unit, by id, name or alias", example = "市科技局")
        String unitId,
        @Size(max = 2000) @Schema(example = "全年目标已完成,申请销号") String note) {
}
