package duban.tasks.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.embedded.identity.TokenIssuer;
import duban.testing.identity.TestTokens;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The verifier bearer authentication uses remembers accepted tokens by their exact text, and nothing else. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class VerifiedTokenCacheTest {

    private static final TokenIssuer ISSUER = TestTokens.issuer();

    @Inject
    JWTParser parser;

    @Test
    void anAcceptedTokenIsNotVerifiedAgain() throws ParseException {
        String token = ISSUER.unit("clerk@cache.test", "unit-1");
        JsonWebToken first = parser.parse(token);
        assertThat(parser.parse(token)).isSameAs(first);
        assertThat(first.getGroups()).containsExactly("unit");
        assertThat(first.<String>getClaim("unit_id")).isEqualTo("unit-1");
    }

    @Test
    void aTokenWithAnAlteredSignatureIsRefusedAfterTheGenuineOneWasAccepted() throws ParseException {
        String token = ISSUER.supervisor("supervisor@cache.test");
        parser.parse(token);
        int last = token.length() - 2;
        String altered = token.substring(0, last) + (token.charAt(last) == 'A' ? 'B' : 'A') + token.charAt(last + 1);
        assertThatThrownBy(() -> parser.parse(altered)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse(altered)).isInstanceOf(ParseException.class);
    }

    @Test
    void anExpiredTokenIsRefusedEveryTime() {
        String expired = ISSUER.token("clerk@cache.test", "unit", "unit-1", Duration.ofMinutes(-5));
        assertThatThrownBy(() -> parser.parse(expired)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse(expired)).isInstanceOf(ParseException.class);
    }
}
