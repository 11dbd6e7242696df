/**
 * Applying ledger events to a read model exactly once. Rule: a consumer decodes the CloudEvents
 * envelope here, applies the event and records its id in one reactive transaction; an id already
 * recorded changes nothing, so redelivery and replay are harmless.
 */
package duban.consumer;
