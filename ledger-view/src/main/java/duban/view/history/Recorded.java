package duban.view.history;

import duban.events.LedgerEvent;
import duban.events.envelope.Actor;
import java.time.Instant;
import java.util.Objects;

/**
 * A ledger event with what the ledger recorded about it.
 *
 * @param sequence    its number within its aggregate, from 0
 * @param globalIndex its position in the event store
 * @param recordedAt  when the ledger recorded it: what "as of" and a bulletin's cut-off compare with
 * @param occurredAt  when the request that caused it arrived
 * @param actor       who caused it, null when the envelope names nobody
 */
public record Recorded<E extends LedgerEvent>(E event, String eventId, long sequence, long globalIndex,
                                              Instant recordedAt, Instant occurredAt, Actor actor) {

    public Recorded {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** Whether the ledger had recorded it by {@code instant}. */
    public boolean recordedBy(Instant instant) {
        return !recordedAt.isAfter(instant);
    }
}
