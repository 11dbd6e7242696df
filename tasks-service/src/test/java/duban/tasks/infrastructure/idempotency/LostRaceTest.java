package duban.tasks.infrastructure.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which refusals are a race the write lost (run it again) and which are its own (answer them). */
class LostRaceTest {

    @Test
    void aKeyTakenMeanwhileOrADeadlockPostgresqlBrokeIsALostRaceWhereverItIsInTheCauses() {
        assertThat(LostRace.causedBy(new SQLException("duplicate key", "23505"))).isTrue();
        assertThat(LostRace.causedBy(new IllegalStateException("command failed",
                new RuntimeException(new SQLException("deadlock detected", "40P01"))))).isTrue();
    }

    @Test
    void otherRefusalsAreTheWritesOwn() {
        assertThat(LostRace.causedBy(new SQLException("foreign key", "23503"))).isFalse();
        assertThat(LostRace.causedBy(new SQLException("connection refused", "08001"))).isFalse();
        assertThat(LostRace.causedBy(new IllegalArgumentException("no SQL at all"))).isFalse();
    }
}
