/**
 * Applying ledger events to a read model exactly once. Rule: a consumer decodes the CloudEvents
 * envelope here, applies the event and records its id in one reactive transaction; an id already
 * recorded changes nothing, so redelivery and replay are harmless. A failing event is retried in
 * place and never skipped: the events after it wait (see {@link duban.consumer.LedgerConsumption});
 * only records no build can read (not a CloudEvent, an unknown type) are skipped, and counted.
 */
package duban.consumer;
