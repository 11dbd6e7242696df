/**
 * The notifications topic's records: what notification-service sent, for gateways and webhooks to carry on. Rule:
 * like the ledger's records, plain Java with a stable type name that only ever gains optional fields; unlike them,
 * no service rebuilds state from these.
 */
package duban.events.notification;
