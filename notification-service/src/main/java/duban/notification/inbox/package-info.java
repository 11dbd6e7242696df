/**
 * The inbox: every reminder sent to a unit (and the supervisors' copies), unread first, and marking one read.
 * Rule: reads the reminders the tick sent; marking read is the only change it makes.
 */
package duban.notification.inbox;
