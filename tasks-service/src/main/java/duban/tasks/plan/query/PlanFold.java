package duban.tasks.plan.query;

import duban.events.plan.PlanAmended;
import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportReviewSet;
import duban.events.plan.ReportingDayPolicy;
import duban.tasks.eventstore.AggregateFold;
import java.time.LocalDate;
import java.util.List;

/** Folds a plan's events, in order, into a {@link PlanView}. One instance per read. */
final class PlanFold extends AggregateFold {

    private PlanRegistered registered;
    private String title;
    private String docNumber;
    private String issuer;
    private LocalDate issuedOn;
    private List<Integer> reportingDays;
    private String timeZone;
    private ReportingDayPolicy policy;
    private boolean reviewRequired;

    @Override
    protected boolean take(Object event) {
        if (event instanceof PlanRegistered e) {
            registered = e;
            title = e.title();
            docNumber = e.docNumber();
            issuer = e.issuer();
            issuedOn = e.issuedOn();
            reportingDays = e.reportingDays();
            timeZone = e.timeZone();
            policy = e.reportingDayPolicy();
            return true;
        }
        if (event instanceof PlanAmended e && registered != null) {
            title = e.title() != null ? e.title() : title;
            docNumber = e.docNumber() != null ? e.docNumber() : docNumber;
            issuer = e.issuer() != null ? e.issuer() : issuer;
            issuedOn = e.issuedOn() != null ? e.issuedOn() : issuedOn;
            reportingDays = e.reportingDays() != null ? e.reportingDays() : reportingDays;
            timeZone = e.timeZone() != null ? e.timeZone() : timeZone;
            policy = e.reportingDayPolicy() != null ? e.reportingDayPolicy() : policy;
            return true;
        }
        if (event instanceof ReportReviewSet e && registered != null) {
            reviewRequired = e.required();
            return true;
        }
        return false;
    }

    @Override
    public boolean exists() {
        return registered != null;
    }

    PlanView view() {
        return new PlanView(registered.planId(), title, docNumber, issuer, issuedOn, List.copyOf(reportingDays),
                timeZone, policy, ReportReview.of(reviewRequired), version(), firstRecordedAt(), lastRecordedAt());
    }
}
