package duban.view.slice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock that runs {@code speed} times faster than {@code base} from the instant {@code since} on, and like it before:
 * for rehearsing a month of reminders in a minute (a drill, a fault test). Every replica and every restart given the
 * same {@code since} and {@code speed} reads the same time, so they agree on what fell due, as real replicas on real
 * time do.
 */
public final class RehearsalClock extends Clock {

    private final Clock base;
    private final Instant since;
    private final long speed;

    public RehearsalClock(Clock base, Instant since, long speed) {
        if (speed < 1) {
            throw new IllegalArgumentException("a rehearsal clock runs at least at real speed, not " + speed);
        }
        this.base = Objects.requireNonNull(base);
        this.since = Objects.requireNonNull(since);
        this.speed = speed;
    }

    @Override
    public Instant instant() {
        Instant real = base.instant();
        if (!real.isAfter(since)) {
            return real;
        }
        Duration elapsed = Duration.between(since, real);
        return since.plus(elapsed.multipliedBy(speed));
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new RehearsalClock(base.withZone(zone), since, speed);
    }

    @Override
    public String toString() {
        return "RehearsalClock[" + speed + "x since " + since + " on " + base + "]";
    }
}
