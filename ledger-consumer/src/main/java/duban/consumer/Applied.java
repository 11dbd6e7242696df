package duban.consumer;

import duban.events.LedgerEvent;
import duban.events.envelope.CloudEvent;

/** A ledger event applied for the first time, with the envelope it came in. */
public record Applied(LedgerEvent event, CloudEvent envelope) {
}
