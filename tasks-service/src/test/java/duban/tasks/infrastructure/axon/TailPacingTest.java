package duban.tasks.infrastructure.axon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TailPacingTest {

    private static final long MS = 1_000_000;
    private static final int BATCH = 100;

    /** A clock that moves only when the test or a pause moves it. */
    private long now = 1_000 * MS;
    private final List<Long> pauses = new ArrayList<>();
    private final TailPacing pacing = new TailPacing(Duration.ofMillis(25), () -> now, nanos -> {
        pauses.add(nanos);
        now += nanos;
    });

    private void readReturning(int events, long takingMillis) {
        pacing.awaitTurn();
        now += takingMillis * MS;
        pacing.read(events, BATCH);
    }

    @Test
    void theFirstReadRunsAtOnce() {
        readReturning(3, 1);

        assertEquals(List.of(), pauses);
    }

    @Test
    void aReadAfterOneThatReachedTheTailWaitsOutTheRestOfTheInterval() {
        readReturning(3, 2);
        now += 8 * MS;
        readReturning(0, 1);

        assertEquals(List.of(15 * MS), pauses);
    }

    @Test
    void aReadCatchingUpWithFullBatchesIsNeverHeldBack() {
        readReturning(BATCH, 1);
        readReturning(BATCH, 1);
        readReturning(BATCH, 1);
        readReturning(40, 1);

        assertEquals(List.of(), pauses);
    }

    @Test
    void aReadAfterAQuietIntervalRunsAtOnce() {
        readReturning(0, 1);
        now += 30 * MS;
        readReturning(1, 1);

        assertEquals(List.of(), pauses);
    }

    @Test
    void atTheTailReadsRunOncePerInterval() {
        readReturning(2, 1);
        readReturning(5, 1);
        readReturning(7, 1);

        assertEquals(List.of(24 * MS, 24 * MS), pauses);
    }

    @Test
    void aNegativeIntervalIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TailPacing(Duration.ofMillis(-1)));
    }
}
