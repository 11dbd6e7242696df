/**
 * Reminders by e-mail: a unit's contacts (联系人, at most 20 active addresses per unit, the supervisors' under the
 * pseudo-unit {@code SUPERVISORS}) and the {@code EMAIL} channel that writes each reminder to each of them. Rule: the
 * letter says what the ledger said when the reminder was sent, so every try of one delivery sends the same words
 * under the same Message-ID; with the mailer mocked (the default) e-mail is off and the channel has no targets.
 */
package duban.notification.email;
