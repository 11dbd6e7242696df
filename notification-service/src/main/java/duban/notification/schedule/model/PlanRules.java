package duban.notification.schedule.model;

import duban.events.plan.ReportingDayPolicy;
import duban.rules.period.PlanReportingRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A plan's reporting rules: reporting days of the month, time zone, and what a day off does. */
@Entity
@Table(name = "plan_rules")
public class PlanRules {

    @Id
    @Column(name = "plan_id")
    public String planId;

    /** Comma-separated days of the month, e.g. "5,20". */
    @Column(name = "reporting_days")
    public String reportingDays;

    @Column(name = "time_zone")
    public String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_off_policy")
    public ReportingDayPolicy dayOffPolicy;

    /** The plan's rule as the ledger rules know it. */
    public PlanReportingRule rule() {
        List<Integer> days = Arrays.stream(reportingDays.split(",")).map(String::trim).map(Integer::valueOf).toList();
        return new PlanReportingRule(days, ZoneId.of(timeZone), dayOffPolicy);
    }

    public void rule(PlanReportingRule rule) {
        reportingDays = rule.reportingDays().stream().map(String::valueOf).collect(Collectors.joining(","));
        timeZone = rule.zone().getId();
        dayOffPolicy = rule.policy();
    }
}
