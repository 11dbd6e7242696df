package duban.tasks.task.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tasks/{taskId}/milestones/{milestoneId}/reschedulings}. */
@Schema(name = "RescheduleMilestoneRequest", description = "A supervisor moves a milestone that is not done yet.")
public record RescheduleMilestoneRequest(
        @NotNull @Schema(example = "2018-01-31") LocalDate dueOn,
        @NotBlank @Size(max = 2000) @Schema(example = "省科技厅认定批次推迟") String reason) {
}
