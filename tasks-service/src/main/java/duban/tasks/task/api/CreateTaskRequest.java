package duban.tasks.task.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tasks}. */
@Schema(name = "CreateTaskRequest", description = "A new task (任务) of a plan.")
public record CreateTaskRequest(
        @NotBlank @Size(max = 100) @Schema(example = "xinxiang-2017-102") String planId,
        @Size(max = 100) @Schema(description = "The enclosing area or item; absent for an area") String parentId,
        @NotBlank @Size(max = 50) @Schema(example = "一.(二).1.(2)") String code,
        @NotBlank @Size(max = 500) @Schema(example = "加快发展高新技术企业") String title,
        @Size(max = 20000) String text,
        @NotEmpty @Size(max = 50) @Schema(description = "牵头单位, by id, name or alias", example = "[\"市科技局\"]")
        List<@NotBlank @Size(max = 100) String> leadUnitIds,
        @Size(max = 200) @Schema(description = "同责单位, by id, name or alias", example = "[\"红旗区\"]") List<@NotBlank @Size(max = 100) String> coUnitIds,
        @Size(max = 5000) @Schema(description = "时间进度 verbatim", example = "2017年12月底前完成")
        String timelineText) {
}
