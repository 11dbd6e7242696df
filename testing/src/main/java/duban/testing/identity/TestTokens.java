package duban.testing.identity;

import duban.embedded.identity.DevelopmentKey;
import duban.embedded.identity.TokenIssuer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The key every test signs with, and its tokens. The key is checked in so that its public half can be too:
 * the services' test and dev profiles trust that half (http-security's {@code test-verification-keys.jwks.json}),
 * and its id is a development key's, which production refuses.
 */
public final class TestTokens {

    public static final String KEY_ID = DevelopmentKey.KEY_ID_PREFIX + "test";

    private static final DevelopmentKey KEY = load();

    private TestTokens() {
    }

    public static DevelopmentKey key() {
        return KEY;
    }

    /** Tokens as the development issuer signs them, with the test key. */
    public static TokenIssuer issuer() {
        return new TokenIssuer(KEY, TokenIssuer.DEVELOPMENT_ISSUER);
    }

    private static DevelopmentKey load() {
        try (InputStream pem = TestTokens.class.getResourceAsStream("test-signing-key.pem")) {
            if (pem == null) {
                throw new IllegalStateException("the test signing key is missing from the class path");
            }
            return DevelopmentKey.fromPem(KEY_ID, new String(pem.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
