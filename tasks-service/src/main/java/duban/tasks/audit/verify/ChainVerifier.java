package duban.tasks.audit.verify;

import duban.tasks.audit.checkpoint.CheckpointTable;
import duban.tasks.audit.checkpoint.Head;
import duban.tasks.eventstore.RawEventRows;
import duban.tasks.eventstore.RowSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Verifies the whole audit trail: streams the stored rows in global-index order and the checkpoints through one
 * {@link ChainWalk}, in one snapshot of the store ({@link RawEventRows#snapshot()}) so that concurrent appends and
 * checkpoints are either wholly seen or not at all; then hashes every attachment the ledger's reports name
 * ({@link AttachmentCheck}).
 */
@ApplicationScoped
public class ChainVerifier {

    @Inject
    RawEventRows store;

    @Inject
    AttachmentCheck attachments;

    /** The chains and checkpoints, then every attachment the ledger names. */
    public VerifyReport verify() {
        VerifyReport chains;
        try (RowSnapshot snapshot = store.snapshot()) {
            Successors successors = (aggregateId, sequence) -> snapshot.firstAfter(aggregateId, sequence)
                    .map(e -> new Head(e.row().aggregateId(), e.row().sequence(), e.hash(), e.row().globalIndex()));
            chains = new ChainWalk(successors).walk(snapshot.inGlobalOrder(), CheckpointTable.all(snapshot));
        }
        AttachmentCheck.Outcome files = attachments.check();
        return chains.withAttachments(files.checked(), files.problems());
    }
}
