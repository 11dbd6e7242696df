/**
 * Carries every stored event to Kafka as a CloudEvents envelope. Rule: the event store is the
 * outbox; nothing here is called by a command handler, only by the tracking processor, so
 * nothing uncommitted is published and a failure is retried from the processor's token.
 */
package duban.tasks.infrastructure.kafka;
