package duban.tasks.plan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The body's policy takes exactly the values the plan's events record, each to the one of its name. */
class ReportingDayPolicyTest {

    @Test
    void eachValueIsRecordedUnderItsOwnName() {
        assertThat(Arrays.stream(ReportingDayPolicy.values()).map(ReportingDayPolicy::recorded).map(Enum::name))
                .containsExactly(Arrays.stream(duban.events.plan.ReportingDayPolicy.values()).map(Enum::name)
                        .toArray(String[]::new));
        assertThat(ReportingDayPolicy.recorded(null)).isNull();
    }
}
