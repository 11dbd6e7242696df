/**
 * The hash chain (哈希链) that makes every stored event tamper-evident, and the append statement that
 * writes it.
 *
 * <h2>What is hashed</h2>
 * {@code hash = hex(SHA-256(canonical))}, where {@code canonical} is the concatenation of these
 * fields, each as {@code <UTF-8 byte length>:<UTF-8 bytes>} ({@code -1:} for SQL NULL): the tag
 * {@code duban.audit.event.v1}, {@code prev_hash}, event id, aggregate id, sequence number,
 * aggregate type, timestamp text, payload type, payload revision, payload JSON, metadata JSON and
 * global index (numbers in decimal). Length prefixes make the joining unambiguous; the stored text is
 * hashed rather than a re-serialisation, so anyone can recompute a hash from the table alone (the
 * migration V3 ships the same function in SQL: {@code audit_event_hash}).
 *
 * <h2>What is chained</h2>
 * {@code prev_hash} is the hash of the same aggregate's previous sequence number, or 64 zeros for
 * sequence 0 (events outside an aggregate are stored as their own aggregate at sequence 0). Axon
 * already guarantees one writer per aggregate sequence number (a unique key), so the chain needs no
 * lock of its own and appends to different aggregates stay parallel.
 *
 * <h2>The global index is hashed too</h2>
 * To hash the global index it must be known before the insert, so {@link
 * duban.tasks.audit.chain.ChainedAppendEvents} allocates it from the column's own sequence
 * ({@code nextval}) instead of letting the column default do it. Allocation order, gaps after a
 * rollback, and Axon's gap-aware tracking behave exactly as with the default.
 *
 * <p>Rule: the only code that writes hashes; it runs inside Axon's append, on its connection and in
 * its transaction.
 */
package duban.tasks.audit.chain;
