package duban.tasks.audit.verify;

import duban.tasks.audit.checkpoint.Checkpoint;
import duban.tasks.audit.checkpoint.Head;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one checkpoint when the walk has passed its global index: its own hash and place in the
 * checkpoint chain, then every head it says moved against the heads the walk rebuilt, then the
 * digest over all heads. Of several problems the one at the lowest global index is named.
 */
final class CheckpointCheck {

    private static final Comparator<BrokenLink> FIRST = Comparator.comparing(BrokenLink::globalIndex,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private CheckpointCheck() {
    }

    /**
     * @param expected     the number and previous hash the checkpoint chain calls for
     * @param previousUpTo the global index the previous checkpoint covered (0 before the first)
     */
    static Optional<BrokenLink> check(Checkpoint checkpoint, Expected expected, long previousUpTo, ChainHeads heads,
                                      Successors successors) {
        long n = checkpoint.number();
        if (!checkpoint.holds()) {
            return mismatch(null, null, null, "checkpoint " + n + " was altered: its hash does not match its content");
        }
        if (n != expected.number() || !expected.prevHash().equals(checkpoint.prevHash())) {
            return mismatch(null, null, null, "the checkpoint chain is broken before checkpoint " + n
                    + " (expected checkpoint " + expected.number() + "): a checkpoint was removed or reordered");
        }
        if (checkpoint.upToGlobalIndex() <= previousUpTo) {
            return mismatch(null, null, null, "checkpoint " + n + " covers global index "
                    + checkpoint.upToGlobalIndex() + ", not beyond its predecessor's " + previousUpTo);
        }
        List<BrokenLink> found = new ArrayList<>();
        Map<String, Head> bound = new HashMap<>();
        for (Head recorded : checkpoint.changedHeads()) {
            bound.put(recorded.aggregateId(), recorded);
            compare(n, recorded, heads.get(recorded.aggregateId()), successors).ifPresent(found::add);
        }
        for (Head first : heads.firstMovesInWindow().values()) {
            if (!bound.containsKey(first.aggregateId())) {
                found.add(BrokenLink.of(LinkProblem.INSERTED, first.globalIndex(), first.aggregateId(),
                        first.sequence(), "checkpoint " + n + " does not account for this event: no event of its "
                                + "aggregate was stored between the previous checkpoint and global index "
                                + checkpoint.upToGlobalIndex()));
            }
        }
        if (!found.isEmpty()) {
            return found.stream().min(FIRST);
        }
        if (!heads.digest().equals(checkpoint.headsDigest())) {
            return mismatch(null, null, null, "the heads of all aggregates up to global index "
                    + checkpoint.upToGlobalIndex() + " differ from those checkpoint " + n + " bound");
        }
        return Optional.empty();
    }

    /** One head the checkpoint bound against the head the walk found. */
    private static Optional<BrokenLink> compare(long n, Head recorded, Head found, Successors successors) {
        String aggregate = recorded.aggregateId();
        if (found == null || found.sequence() < recorded.sequence()) {
            long lastFound = found == null ? -1 : found.sequence();
            Optional<Head> next = successors.firstAfter(aggregate, lastFound);
            if (next.isPresent()) {
                // The aggregate goes on after the gap: an event in the middle was deleted.
                Head after = next.get();
                return Optional.of(BrokenLink.of(LinkProblem.MISSING_PREDECESSOR, after.globalIndex(), aggregate,
                        after.sequence(), "sequence " + (after.sequence() - 1) + " of the aggregate is not in the "
                                + "store; checkpoint " + n + " bound it up to sequence " + recorded.sequence()));
            }
            return mismatch(recorded.globalIndex(), aggregate, recorded.sequence(), "checkpoint " + n
                    + " bound the aggregate up to sequence " + recorded.sequence() + " (global index "
                    + recorded.globalIndex() + ") but the store ends "
                    + (found == null ? "without any event of it" : "at sequence " + found.sequence())
                    + ": its last event(s) were deleted");
        }
        if (found.sequence() > recorded.sequence()) {
            Head extra = successors.firstAfter(aggregate, recorded.sequence()).orElse(found);
            return Optional.of(BrokenLink.of(LinkProblem.INSERTED, extra.globalIndex(), aggregate, extra.sequence(),
                    "checkpoint " + n + " bound the aggregate up to sequence " + recorded.sequence()
                            + "; this event was added below the checkpoint afterwards"));
        }
        if (!found.hash().equals(recorded.hash())) {
            return Optional.of(BrokenLink.of(LinkProblem.EDITED, found.globalIndex(), aggregate, found.sequence(),
                    "the row was rewritten and rehashed: its hash is not the one checkpoint " + n + " bound"));
        }
        return Optional.empty();
    }

    private static Optional<BrokenLink> mismatch(Long globalIndex, String aggregateId, Long sequence, String detail) {
        return Optional.of(BrokenLink.of(LinkProblem.CHECKPOINT_MISMATCH, globalIndex, aggregateId, sequence, detail));
    }

    /** Where the checkpoint chain stands: the number and previous hash of the next checkpoint. */
    record Expected(long number, String prevHash) {

        static Expected first() {
            return new Expected(1, Checkpoint.GENESIS);
        }

        Expected after(Checkpoint checkpoint) {
            return new Expected(checkpoint.number() + 1, checkpoint.hash());
        }
    }
}
