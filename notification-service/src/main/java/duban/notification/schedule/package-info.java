/**
 * The reporting schedule: which tasks a unit owes reports on now, and when its next reporting deadline (报送日, the
 * 5th and 20th or a task's own cadence, moved past days off) falls. Rule: worked out from the ledger view by the
 * ledger rules, the same answer the dashboards give; this package keeps no tables of its own.
 */
package duban.notification.schedule;
