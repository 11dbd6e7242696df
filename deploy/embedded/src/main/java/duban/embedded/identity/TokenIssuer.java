package duban.embedded.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issues bearer tokens the way Duban's identity provider would: issuer, audience {@value #AUDIENCE},
 * subject, one role in {@code groups}, and {@code unit_id} for a unit's clerk.
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
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", AUDIENCE);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", List.of(role));
        if (unitId != null) {
            claims.put("unit_id", unitId);
        }
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", expiry.getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":" + Json.string(key.keyId()) + "}";
        return key.sign(header, Json.object(claims));
    }
}
