/**
 * Checkpoints (检查点) that bind every aggregate's chain head, written by a scheduled job.
 *
 * <h2>Why</h2>
 * A per-aggregate chain proves each row against its predecessor, but cannot notice the loss of an
 * aggregate's last event, nor a row whose hash was forged correctly and slipped into a gap of the
 * global order. A checkpoint fixes, up to a global index, what every chain's head was.
 *
 * <h2>What a checkpoint holds</h2>
 * Number {@code n}; {@code up_to_global_index}; {@code heads_digest}, a digest over the heads
 * (aggregate id, last sequence, its hash, its global index) of every aggregate as of that index;
 * {@code changed_heads}, the heads that moved since checkpoint {@code n-1}; the previous
 * checkpoint's hash (64 zeros for the first); its creation time; and its own hash over all of these
 * ({@link duban.tasks.audit.checkpoint.Checkpoint#hashOf}). Checkpoints are therefore a chain of
 * their own, and each one names exactly which aggregates moved, so a verifier can name the aggregate
 * whose last event went missing or gained a row.
 *
 * <h2>The heads digest, incrementally</h2>
 * Hashing every head at every checkpoint would cost a scan of all aggregates each time. Heads are
 * kept in 256 buckets (the first byte of SHA-256 of the aggregate id); a bucket's digest covers its
 * heads in UTF-8 byte order of their ids, and the heads digest covers the 256 bucket digests
 * ({@link duban.tasks.audit.checkpoint.HeadsDigest}). A checkpoint recomputes only the buckets that
 * changed; the writer keeps heads and bucket digests in {@code audit_chain_head} and
 * {@code audit_head_bucket}, the verifier rebuilds them from the events.
 *
 * <h2>When</h2>
 * Every {@code duban.audit.checkpoint.interval}, a job covers the events up to the highest settled
 * global index ({@link duban.tasks.eventstore.SettledIndex}): a transaction still in flight may yet
 * commit an index below the highest committed one, and a checkpoint covering it would later call that
 * event inserted. When nothing settled is new, no checkpoint is written. Several instances may run
 * the job; a PostgreSQL advisory lock lets one write at a time.
 *
 * <p>Rule: the owner of {@code audit_checkpoint}, {@code audit_chain_head} and {@code audit_head_bucket}, and the
 * only package that issues SQL on them; the events' heads and the settled index come from the event store's
 * gateway ({@link duban.tasks.eventstore.RawEventRows}), read in the writer's transaction.
 */
package duban.tasks.audit.checkpoint;
