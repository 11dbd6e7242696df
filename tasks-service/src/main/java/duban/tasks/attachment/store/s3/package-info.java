/**
 * The S3-compatible blob store: each file one object named by its SHA-256 (under an optional prefix) in one
 * bucket, written from the temporary file and read with ranged GETs, streamed both ways (AWS SDK v2, its Apache
 * HTTP client). Configured by {@code duban.attachments.s3.*}: endpoint, region, bucket, keys, path-style.
 *
 * <p>Rule: the only package that speaks S3; it keeps bytes and nothing else.
 */
package duban.tasks.attachment.store.s3;
