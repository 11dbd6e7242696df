package duban.tasks.task.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tasks/{taskId}/extension-requests}. */
@Schema(name = "RequestExtensionRequest", description = "A unit asks to move a milestone (延期申请).")
public record RequestExtensionRequest(
        @Pattern(regexp = Recorded.ID_PATTERN, message = Recorded.ID_MESSAGE)
        @Schema(description = "Unique within the task; generated when absent", example = "ext-1") String requestId,
        @NotBlank @Size(max = 100) @Schema(example = "m-2017-12") String milestoneId,
        @NotBlank @Size(max = 100) @Schema(description = "A lead unit or one the milestone binds, by id, name or alias",
                example = "红旗区") String unitId,
        @NotNull @Schema(example = "2018-01-31") LocalDate requestedDueOn,
        @NotBlank @Size(max = 2000) @Schema(example = "企业申报材料需补充,申请延期一个月") String reason) {
}
