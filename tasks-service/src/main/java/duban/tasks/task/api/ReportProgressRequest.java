package duban.tasks.task.api;

import duban.events.task.Attachment;
import duban.events.task.TargetCount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tasks/{taskId}/reports}. */
@Schema(name = "ReportProgressRequest", description = "A unit's progress report (进展情况) for one reporting period.")
public record ReportProgressRequest(
        @Pattern(regexp = Recorded.ID_PATTERN, message = Recorded.ID_MESSAGE)
        @Schema(description = "Unique within the task; generated when absent", example = "r-2017-11-20-kjj")
        String reportId,
        @NotBlank @Size(max = 100) @Schema(description = "The reporting unit, by id, name or alias", example = "市科技局")
        String unitId,
        @Schema(description = "The reporting day closing the period (5th or 20th); absent means the open one",
                example = "2017-11-20") LocalDate period,
        @NotBlank @Size(max = 20000) @Schema(example = "已完成第二批高企推荐工作。") String text,
        @Size(max = 100) List<@Valid @NotNull Count> counts,
        @Size(max = 100) List<@NotBlank @Size(max = 100) String> milestonesClaimedDone,
        @Size(max = 50) List<@Valid @NotNull AttachmentInfo> attachments) {

    /** A cumulative count against one target. */
    @Schema(name = "TargetCountRequest")
    public record Count(@NotBlank @Size(max = 100) @Schema(example = "t-gaoqi") String targetId,
                        @NotNull @PositiveOrZero @Schema(example = "12") BigDecimal cumulative) {

        static List<TargetCount> toEvents(List<Count> counts) {
            return counts == null ? List.of()
                    : counts.stream().map(c -> new TargetCount(c.targetId(), c.cumulative())).toList();
        }
    }

    /** Metadata of an attached file. */
    @Schema(name = "AttachmentRequest")
    public record AttachmentInfo(
            @NotBlank @Size(max = 255) @Schema(example = "高企认定名单.pdf") String name,
            @PositiveOrZero long size,
            @NotBlank @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hex digits") String sha256) {

        static List<Attachment> toEvents(List<AttachmentInfo> attachments) {
            return attachments == null ? List.of()
                    : attachments.stream().map(a -> new Attachment(a.name(), a.size(), a.sha256())).toList();
        }
    }
}
