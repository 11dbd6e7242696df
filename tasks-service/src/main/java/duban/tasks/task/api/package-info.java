/**
 * REST resources for tasks (任务): creating them, reporting progress, reading them. Rule: a resource
 * validates and translates; it sends commands through {@code Commands} and reads through
 * {@code TaskQueries}; it never touches Axon's event store or an aggregate.
 */
package duban.tasks.task.api;
