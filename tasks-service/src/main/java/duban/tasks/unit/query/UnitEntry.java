package duban.tasks.unit.query;

import duban.events.unit.UnitCategory;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of the unit directory (单位名录). */
@Schema(name = "UnitEntry", description = "A unit of the directory (单位名录).")
public record UnitEntry(
        String id,
        @Schema(example = "新乡市科学技术局") String name,
        UnitCategory category,
        @Schema(example = "市直部门") String categoryLabel,
        @Schema(description = "简称, in the order they were added", example = "[\"市科技局\"]") List<String> aliases) {
}
