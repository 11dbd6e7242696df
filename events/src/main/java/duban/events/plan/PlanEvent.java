package duban.events.plan;

import duban.events.LedgerEvent;

/** An event of the Plan aggregate. */
public sealed interface PlanEvent extends LedgerEvent permits PlanRegistered, PlanAmended, ReportReviewSet {

    String planId();

    @Override
    default String aggregateId() {
        return planId();
    }

    @Override
    default String aggregateType() {
        return "plan";
    }
}
