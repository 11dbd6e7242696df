package duban.testing.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TestTokensTest {

    @Test
    void aTokenNamesItsKeyIssuerAudienceRoleAndUnit() {
        String token = TestTokens.issuer().unit("clerk@example", "市科技局");

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        assertThat(decode(parts[0])).contains("\"kid\":\"duban-development-test\"").contains("\"alg\":\"RS256\"");
        assertThat(decode(parts[1])).contains("\"iss\":\"duban-development\"", "\"aud\":\"duban\"",
                "\"sub\":\"clerk@example\"", "\"groups\":[\"unit\"]", "\"unit_id\":\"市科技局\"");
    }

    @Test
    void anExpiredTokenExpiredInThePast() {
        String token = TestTokens.issuer().token("x", "auditor", null, Duration.ofMinutes(-10));
        long exp = Long.parseLong(decode(token.split("\\.")[1]).replaceAll(".*\"exp\":(\\d+).*", "$1"));
        assertThat(exp).isLessThan(System.currentTimeMillis() / 1000 - 500);
    }

    @Test
    void theShippedTestKeySetMatchesTheTestSigningKey() throws Exception {
        // The services trust the key set in http-security; it must be the public half of the key tests sign with.
        Path shipped = Path.of("../http-security/src/main/resources/duban/security/test-verification-keys.jwks.json");
        assertThat(Files.readString(shipped)).isEqualTo(TestTokens.key().verificationKeySet());
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
