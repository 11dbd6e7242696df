/**
 * The REST face of notice imports: {@code POST /api/v1/imports/notices}, text or .docx, dry run or import.
 * Rule: a body is checked (size, encoding, file type) before anything is parsed, and refused as problem+json.
 */
package duban.tasks.imports.api;
