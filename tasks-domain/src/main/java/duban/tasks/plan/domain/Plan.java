package duban.tasks.plan.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import duban.events.plan.PlanAmended;
import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportReviewSet;
import duban.events.plan.ReportingDayPolicy;
import duban.rules.period.PlanReportingRule;
import duban.tasks.domain.rule.Require;
import duban.tasks.domain.rule.Violation;
import duban.tasks.domain.snapshot.SnapshotState;
import duban.tasks.plan.command.AmendPlan;
import duban.tasks.plan.command.RegisterPlan;
import duban.tasks.plan.command.SetReportReview;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A plan (工作方案): the header of one government notice and its reporting rules, which the app's
 * {@code ReportingPeriods} reads to tell the tasks' reporting periods, and whether its reports are reviewed (审核),
 * which the app's {@code ReportReview} reads for the tasks' acceptances and returns.
 */
@SnapshotState
public class Plan {

    @AggregateIdentifier
    private String planId;
    private String title;
    private String docNumber;
    private String issuer;
    private LocalDate issuedOn;
    private List<Integer> reportingDays;
    private String timeZone;
    private ReportingDayPolicy reportingDayPolicy;
    /** Off until a {@link ReportReviewSet} turns it on: a plan registered before review existed is not reviewed. */
    private boolean reportReviewRequired;

    /** For Axon, which rebuilds the plan from its events. */
    protected Plan() {
    }

    @CommandHandler
    public Plan(RegisterPlan command) {
        Require.text(command.planId(), "planId");
        Require.text(command.title(), "title");
        // What the registration leaves out takes the ledger's default; what it states must be valid.
        List<Integer> days = ReportingRules.reportingDays(command.reportingDays() == null
                ? PlanReportingRule.DEFAULT_REPORTING_DAYS : command.reportingDays());
        String zone = ReportingRules.timeZone(command.timeZone() == null
                ? PlanReportingRule.DEFAULT_ZONE.getId() : command.timeZone());
        ReportingDayPolicy policy = command.reportingDayPolicy() == null
                ? PlanReportingRule.DEFAULT_POLICY : command.reportingDayPolicy();
        apply(new PlanRegistered(command.planId(), command.title(), command.docNumber(), command.issuer(),
                command.issuedOn(), days, zone, policy));
    }

    /** Only what changes is recorded, so the event says exactly what was amended. */
    @CommandHandler
    public void handle(AmendPlan command) {
        if (command.title() != null) {
            Require.text(command.title(), "title");
        }
        List<Integer> days = command.reportingDays() == null ? null : ReportingRules.reportingDays(command.reportingDays());
        String zone = command.timeZone() == null ? null : ReportingRules.timeZone(command.timeZone());
        PlanAmended amended = new PlanAmended(planId,
                changed(title, command.title()),
                changed(docNumber, command.docNumber()),
                changed(issuer, command.issuer()),
                changed(issuedOn, command.issuedOn()),
                changed(reportingDays, days),
                changed(timeZone, zone),
                changed(reportingDayPolicy, command.reportingDayPolicy()),
                command.reason());
        if (amended.title() == null && amended.docNumber() == null && amended.issuer() == null
                && amended.issuedOn() == null && amended.reportingDays() == null && amended.timeZone() == null
                && amended.reportingDayPolicy() == null) {
            throw Violation.NO_CHANGE.because("the amendment changes nothing of plan " + planId);
        }
        apply(amended);
    }

    /**
     * Setting the review to what it is already is refused like any other command that changes nothing, so every
     * {@link ReportReviewSet} in the history is a real change of the rule.
     */
    @CommandHandler
    public void handle(SetReportReview command) {
        if (command.required() == reportReviewRequired) {
            throw Violation.NO_CHANGE.because("plan " + planId + " has report review "
                    + (reportReviewRequired ? "required" : "off") + " already");
        }
        apply(new ReportReviewSet(planId, command.required(), command.reason()));
    }

    private static <T> T changed(T current, T proposed) {
        return proposed == null || Objects.equals(current, proposed) ? null : proposed;
    }

    @EventSourcingHandler
    void on(PlanRegistered event) {
        planId = event.planId();
        title = event.title();
        docNumber = event.docNumber();
        issuer = event.issuer();
        issuedOn = event.issuedOn();
        reportingDays = List.copyOf(event.reportingDays());
        timeZone = event.timeZone();
        reportingDayPolicy = event.reportingDayPolicy();
    }

    @EventSourcingHandler
    void on(PlanAmended event) {
        title = event.title() != null ? event.title() : title;
        docNumber = event.docNumber() != null ? event.docNumber() : docNumber;
        issuer = event.issuer() != null ? event.issuer() : issuer;
        issuedOn = event.issuedOn() != null ? event.issuedOn() : issuedOn;
        reportingDays = event.reportingDays() != null ? List.copyOf(event.reportingDays()) : reportingDays;
        timeZone = event.timeZone() != null ? event.timeZone() : timeZone;
        reportingDayPolicy = event.reportingDayPolicy() != null ? event.reportingDayPolicy() : reportingDayPolicy;
    }

    @EventSourcingHandler
    void on(ReportReviewSet event) {
        reportReviewRequired = event.required();
    }
}
