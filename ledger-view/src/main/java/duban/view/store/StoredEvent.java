package duban.view.store;

import java.time.Instant;

/** A row of {@code ledger_event}: an applied ledger event and what its envelope said of it. */
record StoredEvent(long seq, String eventId, String type, String aggregateId, long sequence, Long globalIndex,
                   Instant recordedAt, Instant occurredAt, String actorUser, String actorUnit, String actorRole,
                   String data) {
}
