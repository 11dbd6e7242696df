package duban.tasks.eventstore;

import duban.events.envelope.Actor;
import duban.tasks.domain.actor.ActorMetadata;
import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * One stored event as the aggregates read it: its payload upcast to the current version of its contract and
 * deserialised.
 *
 * @param sequence   its position within its aggregate, from 0
 * @param recordedAt when the store recorded it
 * @param payload    the contract record ({@code duban.events..})
 * @param actor      who caused it, as its metadata records; null when it names none
 */
public record StoredEvent(String aggregateId, long sequence, Instant recordedAt, Object payload, Actor actor) {

    static StoredEvent of(DomainEventMessage<?> message) {
        return new StoredEvent(message.getAggregateIdentifier(), message.getSequenceNumber(), message.getTimestamp(),
                message.getPayload(), ActorMetadata.actorOf(message.getMetaData()));
    }
}
