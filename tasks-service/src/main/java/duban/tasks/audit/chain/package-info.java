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
 * <h2>Why the store's writer lives here, not in the gateway</h2>
 * {@link duban.tasks.audit.chain.ChainedAppendEvents} is the one statement that inserts into the event
 * table, but it is Axon's: the engine calls it inside the command's unit of work, on the engine's
 * connection and in its transaction, and it names the table only through Axon's schema, which is
 * configured from the gateway ({@link duban.tasks.eventstore.EventTable}). Appends must keep going
 * through Axon (sequence conflicts, the aggregate cache, snapshots, the lookup processor in the same
 * transaction), so the gateway offers no writer; and the insert's hash is kept beside
 * {@link duban.tasks.audit.chain.ChainHash}, which must compute the same bytes.
 *
 * <p>Rule: the only code that writes hashes, and the only JDBC here; it runs inside Axon's append, on
 * its connection and in its transaction.
 */
package duban.tasks.audit.chain;
