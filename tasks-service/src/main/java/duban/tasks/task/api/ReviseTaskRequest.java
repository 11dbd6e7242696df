package duban.tasks.task.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tasks/{taskId}/revisions}: absent fields stay as they are. */
@Schema(name = "ReviseTaskRequest", description = "A change of the task's wording; at least one field must change.")
public record ReviseTaskRequest(
        @Size(min = 1, max = 500) @Schema(example = "加快培育高新技术企业") String title,
        @Size(max = 20000) @Schema(example = "实施“小升高”培育行动,建立高新技术企业后备库。") String text,
        @Size(max = 5000) @Schema(example = "2017年12月底前完成") String timelineText,
        @Size(max = 2000) @Schema(example = "按市政府常务会议意见修改") String reason) {
}
