package duban.notification.schedule;

import duban.calendar.ReportingPeriod;
import duban.calendar.ReportingSchedule;
import duban.calendar.WorkingDayCalendar;
import duban.events.plan.ReportingDayPolicy;
import duban.notification.schedule.api.UnitSchedule;
import duban.notification.schedule.model.Obligation;
import duban.notification.schedule.model.PlanRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
     * @param reported the periods each task was reported for by this unit, by task id
     */
    public UnitSchedule scheduleOf(String unitId, Instant now, List<Obligation> obligations,
                                   Map<String, PlanRules> rulesByPlan, Map<String, Set<LocalDate>> reported) {
        Set<String> warnings = new LinkedHashSet<>();
        List<UnitSchedule.Obligation> owed = obligations.stream()
                .map(o -> {
                    ReportingSchedule schedule = scheduleFor(rulesByPlan.get(o.planId));
                    ReportingPeriod first = schedule.firstObligationPeriod(o.assignedAt.toInstant());
                    ReportingPeriod current = schedule.periodContaining(now);
                    Set<LocalDate> done = reported.getOrDefault(o.taskId, Set.of());
                    ReportingPeriod due = first.nominalDay().isAfter(current.nominalDay()) ? first : current;
                    boolean reportedNow = done.contains(due.nominalDay());
                    for (int i = 0; i < MAX_PERIODS_AHEAD && done.contains(due.nominalDay()); i++) {
                        due = schedule.periodContaining(due.deadline().plusSeconds(1));
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

    private ReportingSchedule scheduleFor(PlanRules rules) {
        if (rules == null) {
            return new ReportingSchedule(ScheduleDefaults.REPORTING_DAYS, ReportingDayPolicy.NEXT_WORKING_DAY,
                    ScheduleDefaults.ZONE, calendar);
        }
        return new ReportingSchedule(rules.days(), rules.dayOffPolicy, ZoneId.of(rules.timeZone), calendar);
    }

    private static UnitSchedule.Deadline deadline(ReportingPeriod period) {
        return new UnitSchedule.Deadline(period.nominalDay(), period.deadlineDate(), period.deadline(), period.isMoved());
    }
}
