/**
 * Reads of plans (工作方案) and their task trees. Rule: read-only, never a command, no SQL. One plan is folded from
 * its own stored events (exact for any past instant, like a task); the list of plans is the plan headers the lookup
 * processor keeps in each event's transaction; the task tree asks the event store's gateway, in one query, for only
 * the tree-shaping events of the plan's tasks recorded up to the instant asked, upcast like every read of stored
 * events, and the unit directory for the names, in a second one. No fold per task, no eventually consistent
 * projection: every read is current when a command returns.
 */
package duban.tasks.plan.query;
