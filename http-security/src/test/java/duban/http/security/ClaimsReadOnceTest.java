package duban.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class ClaimsReadOnceTest {

    @Test
    void eachClaimIsReadFromTheTokenOnceAbsentOnesIncluded() {
        CountingToken token = new CountingToken(Map.of("sub", "clerk@kjj", "unit_id", "u-1", "groups", Set.of("unit")));
        JsonWebToken once = ClaimsReadOnce.of(token);

        for (int i = 0; i < 3; i++) {
            assertThat(once.<String>getClaim("unit_id")).isEqualTo("u-1");
            assertThat(once.<Object>getClaim("no_such_claim")).isNull();
            assertThat(once.getSubject()).isEqualTo("clerk@kjj");
        }
        assertThat(token.reads).containsEntry("unit_id", 1).containsEntry("no_such_claim", 1).containsEntry("sub", 1);
    }

    @Test
    void whatIsNotAClaimReadIsTheTokensOwnAnswer() {
        CountingToken token = new CountingToken(Map.of("sub", "clerk@kjj", "groups", Set.of("unit")));
        JsonWebToken once = ClaimsReadOnce.of(token);

        assertThat(once.getName()).isEqualTo("clerk@kjj");
        assertThat(once.getGroups()).containsExactly("unit");
        assertThat(once.getClaimNames()).containsExactlyInAnyOrder("sub", "groups");
        assertThat(ClaimsReadOnce.of(once)).isSameAs(once);
        assertThat(ClaimsReadOnce.of(null)).isNull();
    }

    /** A token that counts how often each claim is read from it. */
    private static final class CountingToken implements JsonWebToken {
        private final Map<String, Object> claims;
        private final Map<String, Integer> reads = new HashMap<>();

        CountingToken(Map<String, Object> claims) {
            this.claims = claims;
        }

        @Override
        public String getName() {
            return (String) claims.get("sub");
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            reads.merge(claimName, 1, Integer::sum);
            return (T) claims.get(claimName);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Set<String> getGroups() {
            return (Set<String>) claims.get("groups");
        }
    }
}
