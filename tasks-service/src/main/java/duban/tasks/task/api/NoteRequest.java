package duban.tasks.task.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a decision that needs no reason, only an optional note (resuming a task). */
@Schema(name = "NoteRequest", description = "An optional note on the decision.")
public record NoteRequest(@Size(max = 2000) @Schema(example = "恢复督办") String note) {
}
