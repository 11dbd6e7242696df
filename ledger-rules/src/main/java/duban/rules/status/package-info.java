/**
 * A task's status and how its lifecycle events move it. Rule: the one vocabulary of task status (OPEN,
 * SUSPENDED, COMPLETED, CANCELLED) for the aggregate, the queries, the exports and the read models alike.
 */
package duban.rules.status;
