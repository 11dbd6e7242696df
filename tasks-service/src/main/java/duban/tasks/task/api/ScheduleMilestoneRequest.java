package duban.tasks.task.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tasks/{taskId}/milestones}. */
@Schema(name = "ScheduleMilestoneRequest", description = "A milestone (节点): what must be done by the end of a day.")
public record ScheduleMilestoneRequest(
        @Pattern(regexp = Recorded.ID_PATTERN, message = Recorded.ID_MESSAGE)
        @Schema(description = "Unique within the task; generated when absent", example = "m-2017-12") String milestoneId,
        @NotNull @Schema(example = "2017-12-31") LocalDate dueOn,
        @NotBlank @Size(max = 2000) @Schema(example = "全市新培育高新技术企业30家") String description,
        @Schema(description = "SOFT when worded 力争 / 争取 (reported, not a failure when missed); FIRM when absent")
        MilestoneCommitment commitment,
        @Size(max = 50) @Schema(description = "Units it binds, by id, name or alias; absent for all lead units",
                example = "[\"市科技局\"]") List<@NotBlank @Size(max = 100) String> responsibleUnitIds) {
}
