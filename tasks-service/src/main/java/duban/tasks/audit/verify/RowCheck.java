package duban.tasks.audit.verify;

import duban.tasks.audit.chain.ChainHash;
import duban.tasks.audit.checkpoint.Head;
import duban.tasks.eventstore.ChainedEvent;
import duban.tasks.eventstore.EventRow;
import java.util.Optional;
import java.util.OptionalLong;

/** Checks one row against its own hash and against its aggregate's head as the walk has seen it. */
final class RowCheck {

    /**
     * How far from its place a row whose hash fails is looked for: a row whose content matches its
     * hash under a nearby global index was moved, not edited. Each try is one SHA-256 of the row, and
     * only a failing row is tried.
     */
    static final int REORDER_SEARCH = 1024;

    private RowCheck() {
    }

    /** The row's broken link, or empty when the row and its link to {@code head} hold. */
    static Optional<BrokenLink> check(ChainedEvent event, Head head) {
        EventRow row = event.row();
        if (!ChainHash.holds(event)) {
            OptionalLong original = originalIndex(event);
            if (original.isPresent()) {
                return broken(LinkProblem.REORDERED, row, "the row was hashed at global index "
                        + original.getAsLong() + " but is found at " + row.globalIndex());
            }
            return broken(LinkProblem.EDITED, row, "the row's content does not match its hash");
        }
        if (head != null && head.sequence() >= row.sequence()) {
            return broken(LinkProblem.REORDERED, row, "sequence " + row.sequence() + " comes after sequence "
                    + head.sequence() + " (global index " + head.globalIndex() + ") in the global order");
        }
        if (row.sequence() == 0) {
            return ChainHash.GENESIS.equals(event.prevHash()) ? Optional.empty()
                    : broken(LinkProblem.EDITED, row, "the first event of an aggregate must chain from 64 zeros;"
                    + " the row was rewritten and rehashed");
        }
        if (head == null || head.sequence() < row.sequence() - 1) {
            return broken(LinkProblem.MISSING_PREDECESSOR, row, "sequence " + (row.sequence() - 1)
                    + " of the aggregate is not in the store"
                    + (head == null ? "" : "; the last one before is sequence " + head.sequence()
                    + " (global index " + head.globalIndex() + ")"));
        }
        if (!head.hash().equals(event.prevHash())) {
            // The predecessor passed its own hash check, so it was rewritten together with its hash.
            return Optional.of(BrokenLink.of(LinkProblem.EDITED, head.globalIndex(), head.aggregateId(),
                    head.sequence(), "the row was rewritten and rehashed: its hash is not the prev_hash that "
                            + "sequence " + row.sequence() + " (global index " + row.globalIndex() + ") chained to"));
        }
        return Optional.empty();
    }

    /** The nearby global index under which the row's content matches its hash, if any. */
    private static OptionalLong originalIndex(ChainedEvent event) {
        EventRow row = event.row();
        if (event.hash() == null) {
            return OptionalLong.empty();
        }
        for (long distance = 1; distance <= REORDER_SEARCH; distance++) {
            for (long candidate : new long[] {row.globalIndex() - distance, row.globalIndex() + distance}) {
                if (candidate > 0 && event.hash().equals(ChainHash.of(event.prevHash(), at(row, candidate)))) {
                    return OptionalLong.of(candidate);
                }
            }
        }
        return OptionalLong.empty();
    }

    private static EventRow at(EventRow row, long globalIndex) {
        return new EventRow(globalIndex, row.eventId(), row.aggregateId(), row.sequence(), row.aggregateType(),
                row.timestamp(), row.payloadType(), row.payloadRevision(), row.payload(), row.metaData());
    }

    private static Optional<BrokenLink> broken(LinkProblem problem, EventRow row, String detail) {
        return Optional.of(BrokenLink.of(problem, row.globalIndex(), row.aggregateId(), row.sequence(), detail));
    }
}
