package duban.tasks.audit.verify;

import duban.tasks.audit.checkpoint.Checkpoint;
import duban.tasks.audit.checkpoint.Head;
import duban.tasks.eventstore.ChainedEvent;
import duban.tasks.eventstore.EventRow;
import duban.tasks.eventstore.Rows;
import java.util.Optional;

/**
 * One verification: the events in global-index order and the checkpoints in number order, merged.
 * A checkpoint is checked as soon as the walk passes its global index, when the heads rebuilt so far
 * are exactly those it bound. The walk stops at the first broken link.
 */
final class ChainWalk {

    private final Successors successors;
    private final ChainHeads heads = new ChainHeads();
    private CheckpointCheck.Expected expected = CheckpointCheck.Expected.first();
    private long previousUpTo;
    private long eventsChecked;
    private long checkpointsChecked;

    ChainWalk(Successors successors) {
        this.successors = successors;
    }

    VerifyReport walk(Rows<ChainedEvent> events, Rows<Checkpoint> checkpoints) {
        Checkpoint checkpoint = checkpoints.hasNext() ? checkpoints.next() : null;
        while (events.hasNext()) {
            ChainedEvent event = events.next();
            EventRow row = event.row();
            while (checkpoint != null && row.globalIndex() > checkpoint.upToGlobalIndex()) {
                Optional<BrokenLink> broken = close(checkpoint);
                if (broken.isPresent()) {
                    return report(broken.get());
                }
                checkpoint = checkpoints.hasNext() ? checkpoints.next() : null;
            }
            Optional<BrokenLink> broken = RowCheck.check(event, heads.get(row.aggregateId()));
            if (broken.isPresent()) {
                return report(broken.get());
            }
            heads.advance(new Head(row.aggregateId(), row.sequence(), event.hash(), row.globalIndex()));
            eventsChecked++;
        }
        // Checkpoints beyond the last event: the events they bound at the end of the store are gone.
        while (checkpoint != null) {
            Optional<BrokenLink> broken = close(checkpoint);
            if (broken.isPresent()) {
                return report(broken.get());
            }
            checkpoint = checkpoints.hasNext() ? checkpoints.next() : null;
        }
        return report(null);
    }

    private Optional<BrokenLink> close(Checkpoint checkpoint) {
        Optional<BrokenLink> broken = CheckpointCheck.check(checkpoint, expected, previousUpTo, heads, successors);
        if (broken.isEmpty()) {
            expected = expected.after(checkpoint);
            previousUpTo = checkpoint.upToGlobalIndex();
            heads.startWindow();
            checkpointsChecked++;
        }
        return broken;
    }

    private VerifyReport report(BrokenLink broken) {
        return new VerifyReport(broken == null, eventsChecked, checkpointsChecked, broken);
    }
}
