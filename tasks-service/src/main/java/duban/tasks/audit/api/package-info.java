/**
 * REST resources of the audit trail: a task's history, the global stream and verification. Rule: a
 * resource validates and translates; it reads only through {@code AuditEventQueries} and
 * {@code ChainVerifier}, never the event store or SQL.
 */
package duban.tasks.audit.api;
