/**
 * The event table as the audit trail reads it: rows as stored text, and which global indexes are
 * settled. Rule: plain JDBC on the Agroal datasource; no Axon, no HTTP.
 */
package duban.tasks.audit.store;
