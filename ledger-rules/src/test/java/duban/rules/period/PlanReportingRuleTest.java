package duban.rules.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.events.plan.ReportingDayPolicy;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanReportingRuleTest {

    @Test
    void thePlanThatStatesNothingReportsOnTheFifthAndTheTwentiethInShanghaiMovedPastDaysOff() {
        PlanReportingRule rule = PlanReportingRule.stated(null, null, null);

        assertThat(rule).isEqualTo(PlanReportingRule.defaults());
        assertThat(rule.reportingDays()).containsExactly(5, 20);
        assertThat(rule.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(rule.policy()).isEqualTo(ReportingDayPolicy.NEXT_WORKING_DAY);
        assertThat(PlanReportingRule.stated(List.of(), null, null).reportingDays()).containsExactly(5, 20);
    }

    @Test
    void anAmendmentChangesOnlyWhatItStates() {
        PlanReportingRule rule = PlanReportingRule.stated(List.of(20, 10), "Asia/Urumqi", null);

        assertThat(rule.reportingDays()).as("ascending").containsExactly(10, 20);
        PlanReportingRule amended = rule.amendedBy(null, null, ReportingDayPolicy.KEEP);
        assertThat(amended).isEqualTo(new PlanReportingRule(List.of(10, 20), ZoneId.of("Asia/Urumqi"),
                ReportingDayPolicy.KEEP));
        assertThat(amended.amendedBy(List.of(1), null, null).reportingDays()).containsExactly(1);
    }

    @Test
    void aRuleHasAtLeastOneDay() {
        assertThatThrownBy(() -> new PlanReportingRule(List.of(), ZoneId.of("UTC"), ReportingDayPolicy.KEEP))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
