/**
 * Reads a task as the command side knows it: its state folded from its stored events, now or as of
 * a past instant. Rule: read-only; it reads the event store through its gateway, never the aggregates,
 * and never sends a command.
 */
package duban.tasks.task.query;
