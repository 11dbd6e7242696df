/**
 * The ledger events a consuming service applied, kept in its own database (table {@code ledger_event}), and the
 * follower that keeps the memory in step with them. Rule: the recorder appends a poll's events in the consumer's
 * transaction, set-based; nothing updates or deletes a row (only a rebuild puts a whole new table in its place, see
 * {@link duban.view.rebuild}); the follower is the only writer of the memory, and loads a fresh one, swapped in
 * whole, when the table was replaced.
 */
package duban.view.store;
