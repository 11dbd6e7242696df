package duban.tasks.plan.command;

import duban.events.plan.ReportingDayPolicy;
import java.time.LocalDate;
import java.util.List;

/**
 * Register a plan (工作方案): one government notice.
 *
 * @param docNumber          文号, e.g. 新政办〔2017〕102号
 * @param issuer             e.g. 新乡市人民政府办公室
 * @param reportingDays      days of the month units report on (报送日); null means 5 and 20
 * @param timeZone           IANA zone in which due dates end; null means Asia/Shanghai
 * @param reportingDayPolicy what a reporting day on a day off does; null means NEXT_WORKING_DAY
 */
public record RegisterPlan(
        String planId,
        String title,
        String docNumber,
        String issuer,
        LocalDate issuedOn,
        List<Integer> reportingDays,
        String timeZone,
        ReportingDayPolicy reportingDayPolicy) {
}
