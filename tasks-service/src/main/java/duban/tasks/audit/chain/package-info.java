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
 * <h2>Who computes the hash</h2>
 * The insert itself: {@link duban.tasks.audit.chain.ChainedAppendEvents} writes each event with one
 * statement that takes the next global index from the column's own sequence ({@code nextval}, so
 * allocation order, gaps after a rollback and Axon's gap-aware tracking behave exactly as with the
 * default), reads the predecessor's hash ({@code audit_prev_hash}, migration V7, which refuses to
 * append to an aggregate whose predecessor is missing) and hashes the row ({@code audit_event_hash},
 * V3). Computing it there saves each append a round trip to read the predecessor and the index first.
 * {@link duban.tasks.audit.chain.ChainHash} computes the same hash in Java; verification recomputes
 * every hash with it and trusts nothing the database computed.
 *
 * <p>Rule: the only code that writes hashes; it runs inside Axon's append, on its connection and in
 * its transaction.
 */
package duban.tasks.audit.chain;
