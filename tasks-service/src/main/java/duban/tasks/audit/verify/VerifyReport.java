package duban.tasks.audit.verify;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of a verification.
 *
 * @param eventsChecked      events found intact before the first broken link (all of them when intact)
 * @param checkpointsChecked checkpoints found intact before the first broken link
 */
@Schema(description = "The outcome of walking the event store's hash chains and checkpoints")
public record VerifyReport(
        @Schema(description = "Whether every event and checkpoint is intact") boolean intact,
        @Schema(description = "Events found intact before the first broken link") long eventsChecked,
        @Schema(description = "Checkpoints found intact before the first broken link") long checkpointsChecked,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "The first broken link; null when intact", nullable = true)
        BrokenLink firstBrokenLink) {
}
