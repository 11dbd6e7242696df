package duban.embedded.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevelopmentKeyTest {

    @Test
    void theLocalKeyIsMadeOnceAndKeptWithItsPublicHalf(@TempDir Path folder) throws Exception {
        DevelopmentKey first = DevelopmentKey.loadOrCreate(folder);
        DevelopmentKey again = DevelopmentKey.loadOrCreate(folder);

        assertThat(again.keyId()).isEqualTo(first.keyId()).startsWith(DevelopmentKey.KEY_ID_PREFIX);
        assertThat(Files.readString(folder.resolve(DevelopmentKey.VERIFICATION_KEYS_FILE)))
                .isEqualTo(first.verificationKeySet()).doesNotContain("PRIVATE");
    }

    @Test
    void aKeyKeptElsewhereMustCarryADevelopmentKeyId() {
        String pem = DevelopmentKey.generate().signingKeyPem();

        assertThat(DevelopmentKey.fromPem(DevelopmentKey.KEY_ID_PREFIX + "elsewhere", pem).keyId())
                .isEqualTo("duban-development-elsewhere");
        assertThatThrownBy(() -> DevelopmentKey.fromPem("production-key", pem))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
