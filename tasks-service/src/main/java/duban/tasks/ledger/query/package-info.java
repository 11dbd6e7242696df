/**
 * Reads a plan's 工作台账 from the event store: every event of the plan and of its tasks in one query of the
 * gateway, folded into ledger rows, quotas and the tree above them, with unit and group names from the unit
 * directory. Rule: no SQL of its own, a handful of queries per ledger whatever the plan's size; units appear by
 * name, never by id.
 */
package duban.tasks.ledger.query;
