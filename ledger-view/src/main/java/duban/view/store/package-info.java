/**
 * The ledger events a consuming service applied, kept in its own database (table {@code ledger_event}), and the
 * follower that keeps the memory in step with them. Rule: the recorder appends a poll's events in the consumer's
 * transaction, set-based; nothing updates or deletes a row; the follower is the only writer of the memory.
 */
package duban.view.store;
