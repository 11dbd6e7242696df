/**
 * The catalog of stored attachments: each file's SHA-256, size, media type and first name, and who uploaded it.
 *
 * <p>Rule: the owner of {@code attachment_file} and {@code attachment_upload}, and the only package that issues SQL on
 * them. A file gets its row only after its bytes are wholly in the blob store, so a row means "downloadable".
 */
package duban.tasks.attachment.catalog;
