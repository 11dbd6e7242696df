/**
 * Hostile input against tasks-service: every operation of its served OpenAPI document attacked by the
 * generator, stored text read back byte for byte, and the body, page and write-rate limits. Rule: no
 * hostile request gets a 5xx or a refusal that is not a problem document, and a refused one changes nothing.
 */
package duban.tasks.hostile;
