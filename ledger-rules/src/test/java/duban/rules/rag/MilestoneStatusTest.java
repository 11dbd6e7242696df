package duban.rules.rag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MilestoneStatusTest {

    private static final LocalDate DUE = LocalDate.parse("2017-12-31");

    private static MilestoneStatus on(String today, String doneOn) {
        return MilestoneStatus.of(new MilestoneState("m1", "完成认定", DUE, doneOn == null ? null : LocalDate.parse(doneOn)),
                LocalDate.parse(today), RagThresholds.DEFAULTS);
    }

    @Test
    void aMilestoneIsPendingThenDueSoonThenOverdueUntilDone() {
        assertThat(on("2017-12-27", null)).isEqualTo(MilestoneStatus.PENDING);
        assertThat(on("2017-12-28", null)).isEqualTo(MilestoneStatus.DUE_SOON);
        assertThat(on("2017-12-31", null)).isEqualTo(MilestoneStatus.DUE_SOON);
        assertThat(on("2018-01-01", null)).isEqualTo(MilestoneStatus.OVERDUE);
        assertThat(on("2018-01-05", "2017-12-31")).isEqualTo(MilestoneStatus.DONE);
        assertThat(on("2018-01-05", "2018-01-02")).isEqualTo(MilestoneStatus.DONE_LATE);
    }
}
