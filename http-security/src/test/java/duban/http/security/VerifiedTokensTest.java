package duban.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);
    private static final long NOW = 1_800_000_000L;

    private final AtomicLong nanos = new AtomicLong(42);
    private final AtomicLong epochSecond = new AtomicLong(NOW);

    private VerifiedTokens tokens(long maxAgeNanos, int capacity) {
        return new VerifiedTokens(maxAgeNanos, capacity, nanos::get, epochSecond::get);
    }

    @Test
    void aVerifiedTokenIsRecognisedByItsExactText() {
        VerifiedTokens tokens = tokens(MINUTE, 10);
        JsonWebToken verified = expiringAt(NOW + 3600);
        tokens.remember("a.b.c", verified);

        assertThat(tokens.recall("a.b.c")).isSameAs(verified);
        assertThat(tokens.recall("a.b.C")).isNull();
        assertThat(tokens.recall("a.b.c ")).isNull();
    }

    @Test
    void aVerificationIsTrustedForTheMaximumAgeOnly() {
        VerifiedTokens tokens = tokens(MINUTE, 10);
        tokens.remember("t", expiringAt(NOW + 3600));

        nanos.addAndGet(MINUTE - 1);
        assertThat(tokens.recall("t")).isNotNull();
        nanos.addAndGet(1);
        assertThat(tokens.recall("t")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void anExpiredTokenIsNeverRecalledEvenWithinTheMaximumAge() {
        VerifiedTokens tokens = tokens(MINUTE, 10);
        tokens.remember("t", expiringAt(NOW + 10));

        epochSecond.addAndGet(9);
        assertThat(tokens.recall("t")).isNotNull();
        epochSecond.addAndGet(1);
        assertThat(tokens.recall("t")).isNull();
    }

    @Test
    void aMaximumAgeOfZeroRemembersNothing() {
        VerifiedTokens tokens = tokens(0, 10);
        tokens.remember("t", expiringAt(NOW + 3600));
        assertThat(tokens.recall("t")).isNull();
    }

    @Test
    void aTokenWithoutExpiryIsNotRemembered() {
        VerifiedTokens tokens = tokens(MINUTE, 10);
        tokens.remember("t", expiringAt(0));
        assertThat(tokens.recall("t")).isNull();
    }

    @Test
    void aFullCacheDropsExpiredEntriesFirstAndForgetsEverythingOnlyWhenNoneHasExpired() {
        VerifiedTokens tokens = tokens(MINUTE, 2);
        tokens.remember("old", expiringAt(NOW + 5));
        tokens.remember("young", expiringAt(NOW + 3600));
        epochSecond.addAndGet(10);

        tokens.remember("new", expiringAt(NOW + 3600));
        assertThat(tokens.recall("young")).isNotNull();
        assertThat(tokens.recall("new")).isNotNull();
        assertThat(tokens.size()).isEqualTo(2);

        tokens.remember("newest", expiringAt(NOW + 3600));
        assertThat(tokens.size()).isEqualTo(1);
        assertThat(tokens.recall("newest")).isNotNull();
        assertThat(tokens.recall("young")).isNull();
    }

    private static JsonWebToken expiringAt(long exp) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "clerk";
            }

            @Override
            public Set<String> getClaimNames() {
                return exp == 0 ? Set.of() : Set.of("exp");
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String claimName) {
                return "exp".equals(claimName) && exp != 0 ? (T) Long.valueOf(exp) : null;
            }
        };
    }
}
