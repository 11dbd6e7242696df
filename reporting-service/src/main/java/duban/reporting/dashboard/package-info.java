/**
 * A unit's dashboard: every task it stands on as the ledger stood at an instant, each with its status, signal,
 * next milestone, open period and record, latest report and shares; and the unit's counts and record per period.
 * Rule: built from the ledger view by the ledger rules; a dashboard of now is kept until the ledger or the clock can
 * have changed it.
 */
package duban.reporting.dashboard;
