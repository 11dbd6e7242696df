package duban.http.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Puts {@link VerifiedTokens} in front of the JWT verifier that authenticates every request: a token seen
 * and accepted within {@code duban.security.verified-token-cache.max-age} is not verified again. Only
 * {@link JWTParser#parse(String)}, the call bearer authentication makes, is decorated.
 */
@Decorator
@Priority(10)
public abstract class RememberVerifiedTokens implements JWTParser {

    private final JWTParser verifier;
    private final VerifiedTokens verified;

    @Inject
    RememberVerifiedTokens(@Delegate JWTParser verifier,
                           @ConfigProperty(name = "duban.security.verified-token-cache.max-age", defaultValue = "60s")
                           Duration maxAge,
                           @ConfigProperty(name = "duban.security.verified-token-cache.size", defaultValue = "10000")
                           int size) {
        this.verifier = verifier;
        this.verified = VerifiedTokens.systemClock(maxAge.toNanos(), size);
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.recall(token);
        if (known != null) {
            return known;
        }
        JsonWebToken fresh = ClaimsReadOnce.of(verifier.parse(token));
        verified.remember(token, fresh);
        return fresh;
    }
}
