package duban.http.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tokens whose signature and claims were verified a moment ago. A clerk's front end sends the same token
 * with every request for its whole life, and checking an RS256 signature costs more than the rest of a
 * request's authentication together; a verified token is recognised by its exact text until the earlier of
 * its expiry and {@code maxAgeNanos} after it was verified (the bound on how long a rotated key set is not
 * yet seen). Refused tokens are never remembered, so every refusal is decided afresh.
 */
public final class VerifiedTokens {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final long maxAgeNanos;
    private final int capacity;
    private final LongSupplier nanoClock;
    private final LongSupplier epochSecondClock;

    /**
     * @param maxAgeNanos how long a verification is trusted, 0 to trust none (every token verified every time)
     * @param capacity    most tokens remembered at once; when full, the expired ones go, then all of them
     */
    public VerifiedTokens(long maxAgeNanos, int capacity, LongSupplier nanoClock, LongSupplier epochSecondClock) {
        this.maxAgeNanos = maxAgeNanos;
        this.capacity = capacity;
        this.nanoClock = nanoClock;
        this.epochSecondClock = epochSecondClock;
    }

    public static VerifiedTokens systemClock(long maxAgeNanos, int capacity) {
        return new VerifiedTokens(maxAgeNanos, capacity, System::nanoTime,
                () -> System.currentTimeMillis() / 1000);
    }

    /** The token as verified before, or null when it must be verified (again). */
    public JsonWebToken recall(String token) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (!entry.usableAt(nanoClock.getAsLong(), epochSecondClock.getAsLong())) {
            entries.remove(token, entry);
            return null;
        }
        return entry.verified;
    }

    /** Remembers a token its verifier accepted just now. */
    public void remember(String token, JsonWebToken verified) {
        long expiresAt = expiry(verified);
        if (maxAgeNanos <= 0 || capacity <= 0 || expiresAt <= 0) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (entries.size() >= capacity) {
            long epochSecond = epochSecondClock.getAsLong();
            entries.values().removeIf(entry -> !entry.usableAt(now, epochSecond));
            if (entries.size() >= capacity) {
                entries.clear();
            }
        }
        entries.put(token, new Entry(verified, now + maxAgeNanos, expiresAt));
    }

    int size() {
        return entries.size();
    }

    /** The {@code exp} claim in epoch seconds, 0 when the token has none. */
    private static long expiry(JsonWebToken token) {
        Object exp = token.getClaim("exp");
        return exp instanceof Number number ? number.longValue() : 0;
    }

    private record Entry(JsonWebToken verified, long trustedUntilNanos, long expiresAtEpochSecond) {
        boolean usableAt(long nanos, long epochSecond) {
            return nanos - trustedUntilNanos < 0 && epochSecond < expiresAtEpochSecond;
        }
    }
}
