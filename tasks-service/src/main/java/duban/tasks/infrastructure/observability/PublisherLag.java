package duban.tasks.infrastructure.observability;

import duban.tasks.eventstore.Backlog;
import java.time.Duration;
import java.time.Instant;

/**
 * How far the Kafka publisher is behind the event store: the events stored after its tracking token's position,
 * and how long the oldest of them has waited (zero when it is at the head).
 *
 * @param events stored events the publisher has not yet sent
 * @param seconds how long the oldest of them has waited
 */
public record PublisherLag(long events, double seconds) {

    /** The lag of a publisher facing {@code backlog} at {@code now}. */
    static PublisherLag of(Backlog.Events backlog, Instant now) {
        double seconds = backlog.oldest() == null ? 0
                : Math.max(0, Duration.between(backlog.oldest(), now).toMillis() / 1000.0);
        return new PublisherLag(backlog.events(), seconds);
    }
}
