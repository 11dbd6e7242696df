package duban.tasks.plan.query;

import duban.tasks.unit.query.UnitRef;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A node of a plan's task tree: an area (一), an item ((一) or 1) or a leaf ((1)), with its children in the
 * notice's order.
 */
@Schema(name = "TaskNode", description = "A task (任务) of the plan's tree with its children.")
public record TaskNode(
        String id,
        @Schema(example = "二.(一).2") String code,
        @Schema(example = "加快发展高新技术企业") String title,
        @Schema(example = "OPEN", enumeration = {"OPEN", "SUSPENDED", "CANCELLED", "COMPLETED"}) String status,
        @Schema(description = "牵头单位") List<UnitRef> leadUnits,
        @Schema(description = "同责单位") List<UnitRef> coUnits,
        @Schema(description = "The enclosed items or leaves, in the notice's order") List<TaskNode> children) {
}
