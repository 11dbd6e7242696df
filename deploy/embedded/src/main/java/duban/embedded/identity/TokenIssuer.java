package duban.embedded.identity;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Issues bearer tokens the way Duban's identity provider would: issuer, audience {@value #AUDIENCE},
 * subject, one role in {@code groups}, and {@code unit_id} for a unit's clerk; signed RS256 by SmallRye JWT's
 * builder with the development key, whose id names the key in the header.
 */
public final class TokenIssuer {

    public static final String DEVELOPMENT_ISSUER = "duban-development";
    public static final String AUDIENCE = "duban";

    private final DevelopmentKey key;
    private final String issuer;

    public TokenIssuer(DevelopmentKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    public String supervisor(String subject) {
        return token(subject, "supervisor", null, Duration.ofHours(12));
    }

    public String unit(String subject, String unitId) {
        return token(subject, "unit", unitId, Duration.ofHours(12));
    }

    public String auditor(String subject) {
        return token(subject, "auditor", null, Duration.ofHours(12));
    }

    public String service(String subject) {
        return token(subject, "service", null, Duration.ofHours(12));
    }

    /** A token valid from now for {@code lifetime}; a negative lifetime gives one that has expired. */
    public String token(String subject, String role, String unitId, Duration lifetime) {
        Instant now = Instant.now();
        Instant expiry = now.plus(lifetime);
        Instant issuedAt = lifetime.isNegative() ? expiry.minus(Duration.ofHours(1)) : now;
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role));
        if (unitId != null) {
            claims.claim("unit_id", unitId);
        }
        return claims.issuedAt(issuedAt.getEpochSecond())
                .expiresAt(expiry.getEpochSecond())
                .claim("jti", UUID.randomUUID().toString())
                .jws().keyId(key.keyId()).header("typ", "JWT")
                .sign(key.signingKey());
    }
}
