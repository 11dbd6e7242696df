/**
 * The one write pipeline of the REST API, and what every resource of tasks-service shares: who is calling and
 * under which correlation id, the headers of a write ({@link duban.tasks.infrastructure.web.WriteHeaders}), running
 * it once per Idempotency-Key ({@link duban.tasks.infrastructure.web.Idempotent}), sending its command with the
 * caller's metadata and answering with the version the command left the aggregate at as ETag
 * ({@link duban.tasks.infrastructure.web.Writes}), and reading one aggregate's view
 * ({@link duban.tasks.infrastructure.web.AggregateViews}). Rule: a resource builds the command from the request and
 * hands it to {@code Writes}; the command side is reached only through
 * {@link duban.tasks.infrastructure.web.Commands}, never through Axon's buses or the event store.
 */
package duban.tasks.infrastructure.web;
