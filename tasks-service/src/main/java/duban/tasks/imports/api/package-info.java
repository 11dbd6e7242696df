/**
 * The REST face of imports: {@code POST /api/v1/imports/notices} (text or .docx) and
 * {@code POST /api/v1/imports/ledger} (a 工作台账 .xlsx), dry run or import.
 * Rule: a body is checked (size, encoding, file type) before anything is parsed, and refused as problem+json; an
 * import (never a dry run) runs once per Idempotency-Key, the digest of its content standing for the request.
 */
package duban.tasks.imports.api;
