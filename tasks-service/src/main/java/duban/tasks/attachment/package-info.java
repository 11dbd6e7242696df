/**
 * Attachments (证明材料): the files a progress report names by name, size and SHA-256, uploaded, kept and served
 * by the hash the server computes.
 *
 * <p>Rule: a file is received as a stream into a temporary file (never held whole in memory) while its SHA-256 is
 * computed, its bytes counted against the limit and its first bytes kept to check the declared media type; only
 * an accepted file reaches the blob store ({@link duban.tasks.attachment.store.BlobStore}, PostgreSQL or
 * S3-compatible), and only then its catalog row ({@link duban.tasks.attachment.catalog}). No SQL and no HTTP here:
 * the catalog and the stores are adapters, the REST face is {@code api}. The aggregates never see a file; a report
 * is checked against the catalog before its command is sent.
 */
package duban.tasks.attachment;
