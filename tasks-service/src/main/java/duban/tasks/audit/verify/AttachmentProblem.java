package duban.tasks.audit.verify;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file a report names that storage no longer holds as named. */
@Schema(description = "An attachment a report names that is missing from storage or no longer hashes to its name")
public record AttachmentProblem(
        @Schema(description = "The SHA-256 the report names",
                example = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b") String sha256,
        @Schema(description = "A task whose report names it", example = "0b6f3c1e-5d2a-4c8e-9f1a-2b7d9e4c6a10")
        String taskId,
        @Schema(description = "A report naming it", example = "r-2017-11-20-kjj") String reportId,
        @Schema(description = "What is wrong", enumeration = {"missing", "corrupt", "size-mismatch"},
                example = "corrupt") String problem,
        @Schema(description = "What was found, for a person",
                example = "the stored bytes hash to 5d41402abc4b2a76b9719d911017c592ae7d…") String detail) {
}
