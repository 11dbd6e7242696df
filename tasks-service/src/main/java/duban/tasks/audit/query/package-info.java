/**
 * Reads of the audit trail: a task's history and the global stream, from the rows as stored. The payload is
 * shown as written (never upcast), next to its stable type name, so an auditor sees exactly what was recorded;
 * each event carries the hashes that tie it into its chain.
 *
 * <p>Rule: read-only and no SQL: the rows come from the event store's gateway as raw rows
 * ({@link duban.tasks.eventstore.RawEventRows}); the REST layer reads only through
 * {@link duban.tasks.audit.query.AuditEventQueries}.
 */
package duban.tasks.audit.query;
