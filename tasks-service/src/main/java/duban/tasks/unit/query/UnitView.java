package duban.tasks.unit.query;

import duban.events.unit.UnitCategory;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A unit (单位) as its events tell it.
 *
 * @param version the sequence number of its last event: the ETag and the If-Match value
 */
@Schema(name = "Unit", description = "A unit (单位) of the directory with the names it goes by.")
public record UnitView(
        @Schema(example = "0f8b5a34-6f0e-3c1d-9f5e-2b7a4c9d1e20") String id,
        @Schema(example = "新乡市科学技术局") String name,
        UnitCategory category,
        @Schema(example = "市直部门") String categoryLabel,
        @Schema(description = "简称", example = "[\"市科技局\"]") List<String> aliases,
        @Schema(example = "1") long version,
        Instant registeredAt,
        Instant updatedAt) {
}
