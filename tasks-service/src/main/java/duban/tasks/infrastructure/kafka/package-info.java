/**
 * Carries every stored event to Kafka as a CloudEvents envelope. Rule: the event store is the
 * outbox; nothing here is called by a command handler, only by the tracking processor, so
 * nothing uncommitted is published and a failure is retried from the processor's token. A record is
 * written from the event as stored, never from its decoded record: its data is the stored payload
 * text (for an older revision, the upcast JSON), so numbers go out with the text they were stored with.
 */
package duban.tasks.infrastructure.kafka;
