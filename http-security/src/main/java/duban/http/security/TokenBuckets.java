package duban.http.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One token bucket per bearer token: {@code duban.limits.writes-per-second} refills it, up to
 * {@code duban.limits.write-burst}. Idle buckets are dropped now and then, so that expired tokens do not
 * pile up.
 */
@ApplicationScoped
public class TokenBuckets {

    private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(10);
    private static final int SWEEP_EVERY = 4096;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong takes = new AtomicLong();
    private final double perSecond;
    private final double burst;

    TokenBuckets(@ConfigProperty(name = "duban.limits.writes-per-second", defaultValue = "20") double perSecond,
                 @ConfigProperty(name = "duban.limits.write-burst", defaultValue = "60") int burst) {
        this.perSecond = perSecond;
        this.burst = Math.max(1, burst);
    }

    /** Takes one write from the token's bucket: 0 when allowed, otherwise the milliseconds to wait. */
    public long take(String token) {
        return take(token, System.nanoTime());
    }

    /** {@link #take(String)} at {@code now} (nanoTime); concurrent callers may arrive with their instants out of order. */
    long take(String token, long now) {
        if (perSecond <= 0) {
            return 0;
        }
        if (takes.incrementAndGet() % SWEEP_EVERY == 0) {
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > IDLE_NANOS);
        }
        return buckets.computeIfAbsent(token, key -> new Bucket(burst, now)).take(now, perSecond, burst);
    }

    private static final class Bucket {
        private double available;
        private long refilledAt;

        Bucket(double available, long now) {
            this.available = available;
            this.refilledAt = now;
        }

        synchronized long take(long now, double perSecond, double burst) {
            // A caller that read the clock before another took the lock arrives with an earlier instant: it
            // refills nothing, rather than a negative amount.
            if (now - refilledAt > 0) {
                available = Math.min(burst, available + (now - refilledAt) / 1e9 * perSecond);
                refilledAt = now;
            }
            if (available >= 1) {
                available -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - available) / perSecond * 1000);
        }

        synchronized long idleSince(long now) {
            return now - refilledAt;
        }
    }
}
