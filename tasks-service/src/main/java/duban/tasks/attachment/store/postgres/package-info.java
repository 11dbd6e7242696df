/**
 * The PostgreSQL blob store: each file as numbered 1 MiB {@code bytea} chunks of {@code attachment_chunk} in the
 * tasks database, written in one transaction and read one chunk per query, so neither way holds more than a chunk.
 *
 * <p>Rule: the owner of {@code attachment_chunk}, and the only package that issues SQL on it.
 */
package duban.tasks.attachment.store.postgres;
