package duban.tasks.task.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The enums of the task bodies take exactly the values the task's events record, in the same order. */
class RequestEnumsTest {

    @Test
    void eachFrequencyIsRecordedUnderItsOwnName() {
        assertThat(Arrays.stream(ReportingFrequency.values()).map(ReportingFrequency::recorded).map(Enum::name))
                .containsExactly(names(duban.events.task.ReportingFrequency.values()));
    }

    @Test
    void theCommitmentsAreTheOnesAMilestoneRecords() {
        assertThat(names(MilestoneCommitment.values()))
                .containsExactly(names(duban.events.task.MilestoneCommitment.values()));
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
