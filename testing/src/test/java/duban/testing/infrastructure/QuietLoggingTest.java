package duban.testing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class QuietLoggingTest {

    @Test
    void raisesCategoriesToWarningAndRestoresTheirLevels() {
        Logger configured = Logger.getLogger("duban.test.configured");
        Logger inherited = Logger.getLogger("duban.test.inherited");
        configured.setLevel(Level.FINE);

        try (QuietLogging quiet = QuietLogging.of("duban.test.configured", "duban.test.inherited")) {
            assertThat(configured.isLoggable(Level.INFO)).isFalse();
            assertThat(inherited.getLevel()).isEqualTo(Level.WARNING);
        }

        assertThat(configured.getLevel()).isEqualTo(Level.FINE);
        assertThat(inherited.getLevel()).isNull();
    }
}
