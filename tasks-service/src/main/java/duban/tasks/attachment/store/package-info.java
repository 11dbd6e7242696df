/**
 * Where the bytes of attachments are kept: one port ({@link duban.tasks.attachment.store.BlobStore}), content
 * addressed by SHA-256, and its adapters, PostgreSQL ({@code postgres}, the default, in the tasks database) and
 * S3-compatible object storage ({@code s3}), chosen by {@code duban.attachments.store}.
 *
 * <p>Rule: a store keeps and streams bytes and knows nothing else (no names, no media types, no permissions); it
 * never holds a whole file in memory. Only the PostgreSQL adapter issues SQL, on {@code attachment_chunk} alone.
 */
package duban.tasks.attachment.store;
