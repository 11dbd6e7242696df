/**
 * The reporting schedule: which units owe a report on which task, and when their next reporting
 * deadline (报送日, the 5th and 20th moved past days off) falls. Fed only by ledger events.
 */
package duban.notification.schedule;
