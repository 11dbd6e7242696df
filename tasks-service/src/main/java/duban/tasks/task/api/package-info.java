/**
 * REST resources for tasks (任务): creating and reading them, and one resource per feature for every other
 * command (milestones, targets, reports, completion and extension requests, lifecycle, wording and units).
 * Rule: a resource validates and translates; every write to an existing task runs through
 * {@link duban.tasks.task.api.TaskWrites} (Idempotency-Key, If-Match, units resolved by id, name or alias);
 * commands go out through {@code Commands} and reads through {@code TaskQueries}; it never touches Axon's
 * event store or an aggregate.
 */
package duban.tasks.task.api;
