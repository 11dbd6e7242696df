/**
 * The channel {@code WEBHOOK}: a unit's registered URLs, each reminder POSTed to each of them signed with the
 * webhook's secret (HMAC-SHA256 over the timestamp and the body), and the log of every try. Rule: a secret leaves this
 * service only in the answer to its registration; a webhook is deactivated, never deleted, and its deliveries not
 * made yet are cancelled with it.
 */
package duban.notification.webhook;
