package duban.notification.schedule.model;

import duban.events.plan.ReportingDayPolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

    public List<Integer> days() {
        return Arrays.stream(reportingDays.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    public void days(List<Integer> days) {
        reportingDays = days.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
