package duban.tasks.task.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.function.LongFunction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a write on a task: its new version (also the ETag) and the id of the record the write
 * added, under that record's name; a decision or a state change adds no record and names none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Recorded", description = "A write to a task was recorded.")
public record Recorded(
        @Schema(example = "0b6f7c52-4a3b-3c1e-9d61-2f0f8c1b7a10") String taskId,
        @Schema(description = "The task's version after the write; send it as If-Match next time", example = "4")
        long version,
        @Schema(description = "The milestone scheduled", example = "m-2017-12") String milestoneId,
        @Schema(description = "The target set", example = "t-gaoqi") String targetId,
        @Schema(description = "The report or correction filed", example = "r-2017-11-20-kjj") String reportId,
        @Schema(description = "The extension request filed", example = "ext-1") String requestId) {

    /** The ids a client may choose for what it adds; absent, the server generates a UUID. */
    static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}";
    static final String ID_MESSAGE = "must be 1 to 100 letters, digits or . _ : - (starting with a letter or digit)";

    /** What kind of record a write adds, which names the field its id is answered in. */
    enum Kind {
        NONE, MILESTONE, TARGET, REPORT, EXTENSION_REQUEST
    }

    /** The answer to a write that adds the record {@code id} of {@code kind} (or none), once its version is known. */
    static LongFunction<Recorded> of(String taskId, Kind kind, String id) {
        return version -> new Recorded(taskId, version, kind == Kind.MILESTONE ? id : null,
                kind == Kind.TARGET ? id : null, kind == Kind.REPORT ? id : null,
                kind == Kind.EXTENSION_REQUEST ? id : null);
    }
}
