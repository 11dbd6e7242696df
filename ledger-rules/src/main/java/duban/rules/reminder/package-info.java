/**
 * When reminders (提醒) fall: before a reporting deadline and on its morning, the working day after a missed one,
 * before a milestone's due date and on it, after it while it stays undone, at once for an urge (催办), and for an
 * assignment not acknowledged (签收) on the morning of its due day and the working day after (领办逾期). Scheduled
 * reminders go out at 09:00 local time on working days only. Rule: the only place that says on which day a reminder
 * falls; whether it is still due is the ledger's current state, asked again when it is sent.
 */
package duban.rules.reminder;
