package duban.events.plan;

import duban.events.EventType;
import java.time.LocalDate;
import java.util.List;

/** A plan's header or reporting rules changed; a null field is left as it was. */
@EventType("duban.plan.amended.v1")
public record PlanAmended(
        String planId,
        String title,
        String docNumber,
        String issuer,
        LocalDate issuedOn,
        List<Integer> reportingDays,
        String timeZone,
        ReportingDayPolicy reportingDayPolicy,
        String reason) implements PlanEvent {
}
