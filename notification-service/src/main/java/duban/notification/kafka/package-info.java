/**
 * The channel {@code KAFKA}: every reminder sent, published to the notifications topic as the contract's CloudEvent
 * ({@code duban.notification.reminder-sent.v1}), keyed by its recipient. Rule: the record is built by the
 * {@code events} module's envelope code only, and a try counts as delivered only once the broker acknowledged it.
 */
package duban.notification.kafka;
