package duban.tasks.audit.verify;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The first place where the store contradicts its hashes or checkpoints.
 *
 * @param globalIndex the row named, or null when the problem is a checkpoint itself
 * @param aggregateId the aggregate named, or null when no single aggregate can be named
 */
@Schema(description = "The first place where the store contradicts its hashes or checkpoints")
public record BrokenLink(
        @Schema(description = "Global index of the event named; absent when a checkpoint itself is at fault",
                example = "1042")
        Long globalIndex,
        @Schema(description = "Aggregate of the event named", example = "0b6f3c1e-5d2a-4c8e-9f1a-2b7d9e4c6a10")
        String aggregateId,
        @Schema(description = "Sequence number of the event named within its aggregate", example = "2")
        Long sequence,
        @Schema(description = "What is wrong", enumeration = {"edited", "missing-predecessor", "inserted",
                "reordered", "checkpoint-mismatch"}, example = "edited")
        String problem,
        @Schema(description = "What was found, for a person", example = "the row's content does not match its hash")
        String detail) {

    static BrokenLink of(LinkProblem problem, Long globalIndex, String aggregateId, Long sequence, String detail) {
        return new BrokenLink(globalIndex, aggregateId, sequence, problem.code(), detail);
    }
}
