package duban.view.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RehearsalClockTest {

    private static final Instant SINCE = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void beforeItsStartItKeepsRealTime() {
        Instant real = SINCE.minusSeconds(30);
        assertThat(clockAt(real, 3_600).instant()).isEqualTo(real);
    }

    @Test
    void fromItsStartEachRealSecondIsSpeedSeconds() {
        // A minute of real time is a month at 43,200 times (twelve hours a second).
        assertThat(clockAt(SINCE.plusSeconds(60), 43_200).instant()).isEqualTo(SINCE.plus(Duration.ofDays(30)));
        assertThat(clockAt(SINCE.plusMillis(1), 43_200).instant()).isEqualTo(SINCE.plusMillis(43_200));
    }

    @Test
    void twoReplicasStartedAtDifferentTimesReadTheSameTime() {
        Instant real = SINCE.plusSeconds(7);
        assertThat(clockAt(real, 1_000).instant()).isEqualTo(clockAt(real, 1_000).instant())
                .isEqualTo(SINCE.plusSeconds(7_000));
    }

    @Test
    void itNeverRunsSlowerThanRealTime() {
        assertThatThrownBy(() -> new RehearsalClock(Clock.systemUTC(), SINCE, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static RehearsalClock clockAt(Instant real, long speed) {
        return new RehearsalClock(Clock.fixed(real, ZoneOffset.UTC), SINCE, speed);
    }
}
