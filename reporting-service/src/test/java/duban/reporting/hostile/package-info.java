/**
 * Hostile input against reporting-service: every operation of its served OpenAPI document attacked by the
 * generator. Rule: no 5xx, every refusal a problem document, and no read model changed by a request.
 */
package duban.reporting.hostile;
