/**
 * Carrying each sent reminder over every channel its recipient has: Kafka for SMS and 政务微信 gateways, the unit's
 * signed webhooks, its e-mail contacts. Each (reminder, channel, target) is one delivery row, retried with growing
 * pauses until it is delivered and never given up; a delivery is leased while it is tried, so several replicas never
 * try one at once and a crashed one's lease runs out. Rule: a channel only says whom it reaches and carries one
 * reminder to one target; a slow or failing target delays only its own deliveries.
 */
package duban.notification.delivery;
