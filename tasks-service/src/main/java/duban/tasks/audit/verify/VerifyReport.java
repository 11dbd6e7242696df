package duban.tasks.audit.verify;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of a verification.
 *
 * @param eventsChecked      events found intact before the first broken link (all of them when intact)
 * @param checkpointsChecked checkpoints found intact before the first broken link
 * @param attachmentsChecked the files the ledger's reports name, each read and hashed
 * @param attachmentProblems every named file missing from storage or no longer hashing to its name
 */
@Schema(description = "The outcome of walking the event store's hash chains and checkpoints, and of hashing every "
        + "attachment the ledger names")
public record VerifyReport(
        @Schema(description = "Whether every event and checkpoint is intact") boolean intact,
        @Schema(description = "Events found intact before the first broken link") long eventsChecked,
        @Schema(description = "Checkpoints found intact before the first broken link") long checkpointsChecked,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "The first broken link; null when intact", nullable = true)
        BrokenLink firstBrokenLink,
        @Schema(description = "Whether every attachment the ledger's reports name is stored and hashes to its name")
        boolean attachmentsIntact,
        @Schema(description = "Attachments named by reports, each read from storage and hashed") long attachmentsChecked,
        @Schema(description = "Every named attachment missing or corrupt; empty when attachmentsIntact")
        List<AttachmentProblem> attachmentProblems) {

    /** The chains' verdict alone, before the attachments are checked. */
    public VerifyReport(boolean intact, long eventsChecked, long checkpointsChecked, BrokenLink firstBrokenLink) {
        this(intact, eventsChecked, checkpointsChecked, firstBrokenLink, true, 0, List.of());
    }

    VerifyReport withAttachments(long checked, List<AttachmentProblem> problems) {
        return new VerifyReport(intact, eventsChecked, checkpointsChecked, firstBrokenLink, problems.isEmpty(), checked,
                List.copyOf(problems));
    }
}
