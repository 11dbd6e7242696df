/**
 * The audit trail (审计留痕) of the ledger: who did what when, and evidence that no stored event was
 * changed afterwards.
 *
 * <h2>Reads</h2>
 * A task's history and the global stream of every event, paged by global index, read as stored
 * (payload JSON as written, never upcast), with the hash and previous hash of each row
 * ({@link duban.tasks.audit.query}). Every row comes through the event store's gateway as a raw row
 * ({@link duban.tasks.eventstore.RawEventRows}); no package here queries the event table.
 *
 * <h2>Tamper evidence (防篡改)</h2>
 * <ol>
 *   <li><b>A hash chain per aggregate</b> ({@link duban.tasks.audit.chain}). Every event row carries
 *       {@code prev_hash} and {@code hash = SHA-256(prev_hash, canonical content)}, where
 *       {@code prev_hash} is the hash of the same aggregate's previous sequence number (64 zeros for
 *       sequence 0). The canonical content is every stored column as text, length-prefixed, including
 *       the global index, so that editing any column or moving a row in the global order breaks the
 *       row's own hash. Chaining per aggregate, not globally, keeps appends parallel: Axon already
 *       serialises the writes to one aggregate (its sequence numbers are unique), so reading the
 *       predecessor's hash adds no lock and no queue; writes to different aggregates never wait for
 *       each other.</li>
 *   <li><b>Checkpoints</b> ({@link duban.tasks.audit.checkpoint}). A per-aggregate chain cannot see
 *       the loss of its own last event, nor a well-forged row inserted into a gap of the global
 *       order. A scheduled job therefore writes checkpoints, each binding, up to a global index: the
 *       head (last sequence, its hash) of every aggregate (a digest), the heads that moved since the
 *       previous checkpoint, and the previous checkpoint's hash. A checkpoint only covers indexes no
 *       transaction can still fill ({@link duban.tasks.eventstore.SettledIndex}).</li>
 *   <li><b>Verification</b> ({@link duban.tasks.audit.verify}) walks the store in global-index order
 *       with one head per aggregate in memory, checks every row against its hash and its
 *       predecessor, and every checkpoint against the heads it has rebuilt, and names the first
 *       broken link: edited, missing-predecessor, inserted, reordered or checkpoint-mismatch.</li>
 * </ol>
 *
 * <p>Limits, on purpose: the hashes are not keyed, so someone who can write the database and
 * recompute every later hash and checkpoint could rewrite history consistently; the checkpoint job
 * logs each checkpoint's hash so that copies kept outside the database (logs) expose such a rewrite.
 * Events appended after the latest checkpoint are protected by their chains only. Snapshots are not
 * chained: they are a cache that can always be rebuilt from the events.
 */
package duban.tasks.audit;
