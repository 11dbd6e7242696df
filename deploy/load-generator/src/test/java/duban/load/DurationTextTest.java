package duban.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void readsTheUsualUnits() {
        assertThat(DurationText.parse("60s")).isEqualTo(Duration.ofSeconds(60));
        assertThat(DurationText.parse("90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationText.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(DurationText.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(DurationText.parse(" 500MS ")).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void refusesOtherText() {
        assertThatThrownBy(() -> DurationText.parse("-5s")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DurationText.parse("1.5s")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DurationText.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsShortly() {
        assertThat(DurationText.format(Duration.ofSeconds(60))).isEqualTo("60 s");
        assertThat(DurationText.format(Duration.ofMillis(1500))).isEqualTo("1500 ms");
    }
}
