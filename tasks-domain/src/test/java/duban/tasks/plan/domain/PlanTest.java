package duban.tasks.plan.domain;

import duban.events.plan.PlanAmended;
import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportReviewSet;
import duban.events.plan.ReportingDayPolicy;
import duban.tasks.domain.rule.Refused;
import duban.tasks.domain.rule.Violation;
import duban.tasks.plan.command.AmendPlan;
import duban.tasks.plan.command.RegisterPlan;
import duban.tasks.plan.command.SetReportReview;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 工作方案: a notice's header and its reporting rules, with defaults 5 and 20, Asia/Shanghai, next working day. */
class PlanTest {

    private static final String PLAN = "plan-xinxiang-2017-102";
    private static final String TITLE = "新乡市人民政府办公室关于印发新乡市创新驱动发展工作方案的通知";
    private static final LocalDate ISSUED = LocalDate.parse("2017-11-07");
    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
    }

    private static RegisterPlan register(List<Integer> days, String zone, ReportingDayPolicy policy) {
        return new RegisterPlan(PLAN, TITLE, "新政办〔2017〕102号", "新乡市人民政府办公室", ISSUED, days, zone, policy);
    }

    private static PlanRegistered registered() {
        return new PlanRegistered(PLAN, TITLE, "新政办〔2017〕102号", "新乡市人民政府办公室", ISSUED, List.of(5, 20),
                "Asia/Shanghai", ReportingDayPolicy.NEXT_WORKING_DAY);
    }

    private static AmendPlan amend(List<Integer> days, String zone, ReportingDayPolicy policy) {
        return new AmendPlan(PLAN, null, null, null, null, null, days, zone, policy, "月度调度");
    }

    @Test
    void aPlanReportsOnThe5thAnd20thInShanghaiTimeByDefault() {
        fixture.givenNoPriorActivity()
                .when(register(null, null, null))
                .expectEvents(registered());
    }

    @Test
    void aPlanMayHaveItsOwnReportingRules() {
        fixture.givenNoPriorActivity()
                .when(register(List.of(25, 10), "Asia/Urumqi", ReportingDayPolicy.KEEP))
                .expectEvents(new PlanRegistered(PLAN, TITLE, "新政办〔2017〕102号", "新乡市人民政府办公室", ISSUED,
                        List.of(10, 25), "Asia/Urumqi", ReportingDayPolicy.KEEP));
    }

    @Test
    void reportingDaysAreDistinctDaysEveryMonthHas() {
        for (List<Integer> days : List.of(List.<Integer>of(), List.of(0), List.of(5, 29), List.of(5, 5))) {
            fixture.givenNoPriorActivity()
                    .when(register(days, null, null))
                    .expectException(Refused.with(Violation.INVALID_REPORTING_DAYS));
        }
    }

    @Test
    void theTimeZoneIsAnIanaRegion() {
        fixture.givenNoPriorActivity()
                .when(register(null, "+08:00", null))
                .expectException(Refused.with(Violation.INVALID_TIME_ZONE));
        fixture.givenNoPriorActivity()
                .when(register(null, "Asia/Xinxiang", null))
                .expectException(Refused.with(Violation.INVALID_TIME_ZONE));
    }

    @Test
    void aPlanHasIdAndTitle() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPlan(PLAN, " ", null, null, null, null, null, null))
                .expectException(Refused.with(Violation.MISSING_FIELD));
        fixture.givenNoPriorActivity()
                .when(new RegisterPlan(null, TITLE, null, null, null, null, null, null))
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void anAmendmentRecordsOnlyWhatChanges() {
        fixture.given(registered())
                .when(new AmendPlan(PLAN, null, TITLE, "新政办〔2017〕103号", null, null, List.of(20, 5), null,
                        ReportingDayPolicy.KEEP, "文号更正"))
                .expectEvents(new PlanAmended(PLAN, null, "新政办〔2017〕103号", null, null, null, null,
                        ReportingDayPolicy.KEEP, "文号更正"));
    }

    @Test
    void anAmendedValueIsTheNewCurrentOne() {
        fixture.given(registered(), new PlanAmended(PLAN, null, null, null, null, List.of(10), null, null, null))
                .when(amend(List.of(10), null, null))
                .expectException(Refused.with(Violation.NO_CHANGE));
    }

    @Test
    void anAmendmentChangesSomething() {
        fixture.given(registered())
                .when(amend(null, "Asia/Shanghai", null))
                .expectException(Refused.with(Violation.NO_CHANGE));
    }

    @Test
    void anAmendmentFollowsTheReportingRules() {
        fixture.given(registered())
                .when(amend(List.of(31), null, null))
                .expectException(Refused.with(Violation.INVALID_REPORTING_DAYS));
        fixture.given(registered())
                .when(amend(null, "China", null))
                .expectException(Refused.with(Violation.INVALID_TIME_ZONE));
        fixture.given(registered())
                .when(new AmendPlan(PLAN, null, "", null, null, null, null, null, null, null))
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void aStaleExpectedVersionIsRefusedByAxon() {
        fixture.given(registered(), new PlanAmended(PLAN, null, null, null, null, List.of(10), null, null, null))
                .when(new AmendPlan(PLAN, 0L, null, null, null, null, List.of(15), null, null, null))
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void aSupervisorTurnsReportReviewOnAndOff() {
        fixture.given(registered())
                .when(new SetReportReview(PLAN, null, true, "月度报送须经审核"))
                .expectEvents(new ReportReviewSet(PLAN, true, "月度报送须经审核"));
        fixture.given(registered(), new ReportReviewSet(PLAN, true, null))
                .when(new SetReportReview(PLAN, null, false, null))
                .expectEvents(new ReportReviewSet(PLAN, false, null));
    }

    @Test
    void reviewIsOffUntilSetAndSettingItAgainChangesNothing() {
        fixture.given(registered())
                .when(new SetReportReview(PLAN, null, false, "保持现状"))
                .expectException(Refused.with(Violation.NO_CHANGE))
                .expectNoEvents();
        fixture.given(registered(), new ReportReviewSet(PLAN, true, null))
                .when(new SetReportReview(PLAN, null, true, null))
                .expectException(Refused.with(Violation.NO_CHANGE));
    }
}
