/**
 * The ledger's history in memory: for each plan, unit, group and task, its events in order with when they were
 * recorded. Rule: written by one thread only (the follower of the event table, through
 * {@link duban.view.history.LedgerMemory#apply}); read by any, never changed in place: each history hands out
 * immutable lists.
 */
package duban.view.history;
