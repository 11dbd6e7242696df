package duban.notification.schedule;

import duban.calendar.WorkingDayCalendar;
import duban.events.task.ReportingCadence;
import duban.notification.schedule.api.UnitSchedule;
import duban.notification.schedule.model.Obligation;
import duban.notification.schedule.model.PlanRules;
import duban.rules.period.PlanReportingRule;
import duban.rules.period.ReportingPeriod;
import duban.rules.period.ReportingSchedule;
import duban.rules.period.TaskReporting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a unit's schedule from its obligations: each is due for the first period, from the one
 * open now (or the obligation's first, if later), that the unit has not reported for.
 */
@ApplicationScoped
public class ScheduleCalculator {

    /** How far ahead to look for an unreported period before giving up (a year of reporting days). */
    private static final int MAX_PERIODS_AHEAD = 30;

    @Inject
    WorkingDayCalendar calendar;

    /**
     * @param cadences the tasks' own reporting cadences, by task id (absent: the plan's days)
     * @param reported the periods each task was reported for by this unit, by task id
     */
    public UnitSchedule scheduleOf(String unitId, Instant now, List<Obligation> obligations,
                                   Map<String, PlanRules> rulesByPlan, Map<String, ReportingCadence> cadences,
                                   Map<String, Set<LocalDate>> reported) {
        Set<String> warnings = new LinkedHashSet<>();
        List<UnitSchedule.Obligation> owed = obligations.stream()
                .map(o -> {
                    PlanRules rules = rulesByPlan.get(o.planId);
                    TaskReporting reporting = TaskReporting.of(
                            rules == null ? PlanReportingRule.defaults() : rules.rule(), cadences.get(o.taskId), calendar);
                    ReportingSchedule schedule = reporting.schedule();
                    ReportingPeriod first = reporting.firstObligationPeriod(o.assignedAt.toInstant());
                    ReportingPeriod current = schedule.periodContaining(now);
                    Set<LocalDate> done = reported.getOrDefault(o.taskId, Set.of());
                    ReportingPeriod due = first.nominalDay().isAfter(current.nominalDay()) ? first : current;
                    boolean reportedNow = done.contains(due.nominalDay());
                    for (int i = 0; i < MAX_PERIODS_AHEAD && done.contains(due.nominalDay()); i++) {
                        due = schedule.next(due);
                    }
                    warnings.addAll(calendar.warnings(now.atZone(schedule.zone()).toLocalDate(), due.deadlineDate()));
                    return new UnitSchedule.Obligation(o.taskId, o.planId, o.taskCode, o.taskTitle, first.nominalDay(),
                            deadline(due), reportedNow);
                })
                .sorted(Comparator.comparing((UnitSchedule.Obligation o) -> o.nextDue().deadlineAt())
                        .thenComparing(o -> o.code() == null ? "" : o.code()))
                .toList();
        UnitSchedule.Deadline next = owed.stream().map(UnitSchedule.Obligation::nextDue)
                .min(Comparator.comparing(UnitSchedule.Deadline::deadlineAt)).orElse(null);
        return new UnitSchedule(unitId, now, next, owed, List.copyOf(warnings));
    }

    private static UnitSchedule.Deadline deadline(ReportingPeriod period) {
        return new UnitSchedule.Deadline(period.nominalDay(), period.deadlineDate(), period.deadline(), period.isMoved());
    }
}
