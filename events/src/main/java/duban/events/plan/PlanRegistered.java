package duban.events.plan;

import duban.events.EventType;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan (工作方案) was registered.
 *
 * @param docNumber    文号, e.g. 新政办〔2017〕102号
 * @param issuer       the issuing office, e.g. 新乡市人民政府办公室
 * @param reportingDays days of the month on which units report (报送日), default 5 and 20
 * @param timeZone     IANA zone in which due dates end, default Asia/Shanghai
 */
@EventType("duban.plan.registered.v1")
public record PlanRegistered(
        String planId,
        String title,
        String docNumber,
        String issuer,
        LocalDate issuedOn,
        List<Integer> reportingDays,
        String timeZone,
        ReportingDayPolicy reportingDayPolicy) implements PlanEvent {
}
