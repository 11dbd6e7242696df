/**
 * The REST face of attachments: {@code POST /api/v1/attachments} (the raw file, or a multipart form with one file
 * part) and {@code GET /api/v1/attachments/{sha256}} (the file, with ETag, conditional and range requests).
 *
 * <p>Rule: a resource checks the request (name, declared type, length, who may read) and hands the stream to
 * {@link duban.tasks.attachment.Attachments}; it never reads a body or a stored file into memory. Who may download
 * is decided here: supervisors and auditors any stored file; a unit's clerk a file its unit uploaded, or one named
 * by a report on a task its unit is on (as {@code GET /api/v1/tasks/{taskId}} decides); any other unit 403,
 * whether or not the file exists.
 */
package duban.tasks.attachment.api;
