package duban.tasks.eventstore;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * One stored event as the aggregates read it: its payload upcast to the current version of its contract and
 * deserialised.
 *
 * @param sequence   its position within its aggregate, from 0
 * @param recordedAt when the store recorded it
 * @param payload    the contract record ({@code duban.events..})
 */
public record StoredEvent(String aggregateId, long sequence, Instant recordedAt, Object payload) {

    static StoredEvent of(DomainEventMessage<?> message) {
        return new StoredEvent(message.getAggregateIdentifier(), message.getSequenceNumber(), message.getTimestamp(),
                message.getPayload());
    }
}
