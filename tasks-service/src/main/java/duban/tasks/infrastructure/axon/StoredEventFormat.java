package duban.tasks.infrastructure.axon;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * How stored events are read: the event store's serializer and upcasters, for the event store's gateway, whose
 * SQL reads then read every row exactly as the aggregates do (a stored v1 milestone arrives as v2, and an upcaster
 * added later reaches them too).
 */
public record StoredEventFormat(Serializer serializer, EventUpcaster upcasters) {
}
