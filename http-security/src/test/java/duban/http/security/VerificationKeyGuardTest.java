package duban.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerificationKeyGuardTest {

    private static final Optional<String> TEST_KEYS = Optional.of("duban/security/test-verification-keys.jwks.json");
    private static final Optional<String> PROVIDER = Optional.of("https://id.example.gov.cn");

    @Test
    void refusesToStartWithoutAKey() {
        assertThat(VerificationKeyGuard.problem(Optional.empty(), Optional.empty(), PROVIDER, false))
                .hasValueSatisfying(problem -> assertThat(problem).contains("no token verification key"));
    }

    @Test
    void refusesToStartWithoutAnIssuer() {
        assertThat(VerificationKeyGuard.problem(TEST_KEYS, Optional.empty(), Optional.empty(), true))
                .hasValueSatisfying(problem -> assertThat(problem).contains("issuer"));
    }

    @Test
    void productionRefusesTheDevelopmentKey() {
        assertThat(VerificationKeyGuard.problem(TEST_KEYS, Optional.empty(), PROVIDER, false))
                .hasValueSatisfying(problem -> assertThat(problem).contains("development key"));
    }

    @Test
    void productionRefusesTheDevelopmentIssuer() {
        assertThat(VerificationKeyGuard.problem(Optional.of("https://id.example.gov.cn/jwks"), Optional.empty(),
                Optional.of("duban-development"), false)).isPresent();
    }

    @Test
    void developmentProfilesMayUseIt() {
        assertThat(VerificationKeyGuard.problem(TEST_KEYS, Optional.empty(), Optional.of("duban-development"), true))
                .isEmpty();
    }

    @Test
    void productionStartsWithTheProvidersKey() {
        assertThat(VerificationKeyGuard.problem(Optional.empty(),
                Optional.of("-----BEGIN PUBLIC KEY-----\nMIIB…\n-----END PUBLIC KEY-----"), PROVIDER, false)).isEmpty();
    }
}
