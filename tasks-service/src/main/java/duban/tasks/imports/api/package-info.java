/**
 * The REST face of imports: {@code POST /api/v1/imports/notices} (text, or a .docx, .doc or PDF file) and
 * {@code POST /api/v1/imports/ledger} (a 工作台账 .xlsx), dry run or import.
 * Rule: a body is checked (size, encoding, file type by its first bytes) before anything is parsed, and refused as
 * problem+json; a dry run answers the {@link duban.tasks.imports.api.ReviewSummary} before the plan; an import (never
 * a dry run) runs once per Idempotency-Key, the digest of its content standing for the request.
 */
package duban.tasks.imports.api;
