/**
 * When reminders (提醒) fall: before a reporting deadline and on its morning, the working day after a missed one,
 * before a milestone's due date and on it, after it while it stays undone, and at once for an urge (催办). Scheduled
 * reminders go out at 09:00 local time on working days only. Rule: the only place that says on which day a reminder
 * falls; whether it is still due is the ledger's current state, asked again when it is sent.
 */
package duban.rules.reminder;
