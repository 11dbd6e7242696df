/**
 * Which reminders (提醒) are due, worked out from the ledger view by the ledger rules ({@code duban.rules.reminder}):
 * for every unit that owes a report it has not filed, every milestone not done, every urge. Each reminder has a
 * deterministic key (kind, task, recipient, subject, day); the tick claims the keys that fall due in the store, so a
 * reminder is sent once however many replicas run and however often they restart. Rule: nothing here decides when a
 * reminder falls; what is due is asked of the ledger as it stands when the tick runs, so nothing stale is sent.
 */
package duban.notification.reminder;
