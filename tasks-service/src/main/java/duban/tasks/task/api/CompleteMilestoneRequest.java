package duban.tasks.task.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tasks/{taskId}/milestones/{milestoneId}/completion}. */
@Schema(name = "CompleteMilestoneRequest", description = "A supervisor records a milestone as done.")
public record CompleteMilestoneRequest(
        @NotNull @Schema(example = "2017-12-20") LocalDate completedOn,
        @Size(max = 2000) @Schema(example = "经核实,已新培育高新技术企业31家") String note) {
}
