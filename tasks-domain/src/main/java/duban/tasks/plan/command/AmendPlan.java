package duban.tasks.plan.command;

import duban.events.plan.ReportingDayPolicy;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Amend a plan's header or reporting rules; a null field is left as it was, and at least one must change.
 *
 * @param expectedVersion the plan version the client saw (If-Match); null skips the check
 */
public record AmendPlan(
        @TargetAggregateIdentifier String planId,
        @TargetAggregateVersion Long expectedVersion,
        String title,
        String docNumber,
        String issuer,
        LocalDate issuedOn,
        List<Integer> reportingDays,
        String timeZone,
        ReportingDayPolicy reportingDayPolicy,
        String reason) {
}
