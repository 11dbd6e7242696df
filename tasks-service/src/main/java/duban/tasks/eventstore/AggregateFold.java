package duban.tasks.eventstore;

import java.time.Instant;

/**
 * Folds one aggregate's events, in order, keeping what every view of an aggregate tells: its version (the
 * sequence of the last event, the ETag of the reads) and when it was first and last recorded. One instance per read,
 * fed by {@link StoredEvents#replay}.
 */
public abstract class AggregateFold {

    private long version = -1;
    private Instant firstRecordedAt;
    private Instant lastRecordedAt;

    /** False when the event is not of the kind this fold reads: the id names another kind of aggregate. */
    public final boolean apply(Object event, long sequence, Instant timestamp) {
        if (!take(event)) {
            return false;
        }
        version = sequence;
        firstRecordedAt = firstRecordedAt == null ? timestamp : firstRecordedAt;
        lastRecordedAt = timestamp;
        return true;
    }

    /** Takes one event into the view; false when it is none of this aggregate's (or comes before its creation). */
    protected abstract boolean take(Object event);

    /** Whether the creating event was among those read. */
    public abstract boolean exists();

    public long version() {
        return version;
    }

    public Instant firstRecordedAt() {
        return firstRecordedAt;
    }

    public Instant lastRecordedAt() {
        return lastRecordedAt;
    }
}
