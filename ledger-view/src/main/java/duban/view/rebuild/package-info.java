/**
 * Rebuilding the ledger view's tables from the topic while the service keeps serving. Rule: a rebuild reads the whole
 * topic with a consumer of no group into shadow tables, with the live path's own statements; the one switch to the
 * rebuilt tables is a single transaction that loses nothing written meanwhile; one rebuild at a time per database
 * (a PostgreSQL advisory lock), and the old tables are kept as {@code *_previous} until the next switch.
 */
package duban.view.rebuild;
