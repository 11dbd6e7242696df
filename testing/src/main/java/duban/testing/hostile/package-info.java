/**
 * Hostile input derived from a service's served OpenAPI document: for every operation, malformed bodies,
 * wrong types, missing and extra fields, oversized and deeply nested JSON, invalid UTF-8, invalid dates and
 * injection strings in every text field, path and query parameter. Rule: the requests are derived from the
 * document only (plus the few live values a test must supply, such as an existing task), so that an
 * operation added later is attacked without anyone writing a line for it; and every answer must be below
 * 500, a problem document when it refuses, and leave the observed state as it was.
 */
package duban.testing.hostile;
