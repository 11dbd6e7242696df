/**
 * A plan's overview, quota table and reporting compliance as the ledger stood at an instant. Rule: built from the
 * ledger view by the ledger rules; nothing stored.
 */
package duban.reporting.plan;
