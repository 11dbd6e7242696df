package duban.consumer;

import java.time.Instant;

/**
 * The event the consumer cannot get past: it is retried in place, the events before it are kept and the ones after it
 * wait.
 *
 * @param eventId   its CloudEvents id
 * @param type      its type name
 * @param partition the topic partition it came from
 * @param offset    its offset there
 * @param error     the last failure
 * @param attempts  how many times in a row it failed
 * @param since     when it first failed
 */
public record StuckEvent(String eventId, String type, int partition, long offset, String error, int attempts,
                         Instant since) {

    StuckEvent failedAgain(String newError) {
        return new StuckEvent(eventId, type, partition, offset, newError, attempts + 1, since);
    }
}
