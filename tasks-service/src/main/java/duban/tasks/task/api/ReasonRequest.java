package duban.tasks.task.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of the decisions that must say why: rejecting a completion request (驳回), denying an
 * extension, suspending or cancelling the task.
 */
@Schema(name = "ReasonRequest", description = "A decision and why it was taken.")
public record ReasonRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "佐证材料不全,请补充高新技术企业认定证书") String reason) {
}
