/**
 * Verification of the audit trail (核验): one walk over the event table in global-index order and
 * over the checkpoints, naming the first broken link.
 *
 * <h2>How a break is named</h2>
 * <ul>
 *   <li><b>edited</b>: a row's content no longer matches its hash; or a row was rewritten with a new
 *       hash, which its successor's {@code prev_hash} or the checkpoint that bound it still contradicts
 *       (the rewritten row is named).</li>
 *   <li><b>reordered</b>: a row's content matches its hash only under another global index (its global
 *       index was changed, e.g. swapped with another row's), or an aggregate's sequence numbers go
 *       backwards in the global order.</li>
 *   <li><b>missing-predecessor</b>: a row whose aggregate's previous sequence number is not in the
 *       store: the event before it was deleted. The row after the gap is named.</li>
 *   <li><b>inserted</b>: a row below a checkpoint that the checkpoint does not account for (a forged
 *       row with a valid hash, slipped into a gap of the global order or appended to a chain).</li>
 *   <li><b>checkpoint-mismatch</b>: the store contradicts a checkpoint: an aggregate's last event(s)
 *       bound by it are gone (the aggregate and the missing sequence are named), the heads digest
 *       differs, or a checkpoint itself was altered, removed or reordered.</li>
 * </ul>
 *
 * <p>Attachments: every file the ledger's reports name (as the command side's {@code attachment_reference} lookup
 * lists them) is read from the blob store and hashed; one missing, corrupt (another hash) or of another size than
 * the report states is listed among {@code attachmentProblems}, all of them, not only the first.
 *
 * <p>Memory: one head per aggregate, the current window's first move per aggregate and a
 * few hundred rows of each cursor. The walk reads one consistent snapshot (repeatable read), so
 * appends and checkpoints written meanwhile do not disturb it.
 *
 * <p>Rule: read-only and no SQL: {@link duban.tasks.audit.verify.ChainVerifier} reads the stored rows and
 * the checkpoints in one snapshot that the event store's gateway opens
 * ({@link duban.tasks.eventstore.RowSnapshot}); the walk itself
 * ({@link duban.tasks.audit.verify.ChainWalk}) is plain logic over rows.
 */
package duban.tasks.audit.verify;
