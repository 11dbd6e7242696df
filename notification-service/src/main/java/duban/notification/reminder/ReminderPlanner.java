package duban.notification.reminder;

import duban.rules.acknowledgement.Acknowledgement;
import duban.rules.acknowledgement.AcknowledgementState;
import duban.rules.compliance.ComplianceState;
import duban.rules.compliance.ReviewState;
import duban.rules.duty.UnitStanding;
import duban.rules.period.ReportingPeriod;
import duban.rules.reminder.Occurrence;
import duban.rules.reminder.ReminderCalendar;
import duban.view.acknowledgement.Acknowledgements;
import duban.view.slice.LedgerAt;
import duban.view.slice.MilestoneAt;
import duban.view.slice.PeriodState;
import duban.view.slice.ReportReturn;
import duban.view.slice.Requests;
import duban.view.slice.TaskAt;
import duban.view.slice.UnitRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out the reminders that fall within a span of time, from the ledger as it stands: a unit is reminded of a
 * report only while it owes it and has not filed, of a milestone only while it is not done and binds the unit, and
 * only on a task that binds its units (a running leaf); an urge goes to the units it names, a return (退回) to the
 * unit whose report it was, both at once; a return not corrected in time is reminded instead of the missed deadline;
 * a lead or co-responsible unit is reminded to acknowledge (签收) its assignment, on a task of any level, while it has
 * not and the task runs;
 * nothing falls before the task was recorded.
 */
@ApplicationScoped
public class ReminderPlanner {

    @Inject
    ReminderSetup setup;

    @Inject
    Acknowledgements acknowledgements;

    /** Every reminder of every plan with its send time in {@code [from, to]}. */
    public List<PlannedReminder> between(LedgerAt ledger, Instant from, Instant to) {
        List<PlannedReminder> planned = new ArrayList<>();
        for (String planId : ledger.memory().planIdsWithTasks()) {
            ReminderCalendar calendar = calendarOf(ledger, planId);
            for (TaskAt task : ledger.tasksOfPlan(planId)) {
                plan(ledger, task, calendar, null, from, to, planned);
            }
        }
        return planned;
    }

    /** The reminders of these tasks alone (those just changed) with their send time in {@code [from, to]}. */
    public List<PlannedReminder> ofTasks(LedgerAt ledger, Collection<String> taskIds, Instant from, Instant to) {
        List<PlannedReminder> planned = new ArrayList<>();
        Map<String, ReminderCalendar> calendars = new HashMap<>();
        for (String taskId : taskIds) {
            ledger.task(taskId).ifPresent(task -> plan(ledger, task, calendars.computeIfAbsent(task.planId(),
                    planId -> calendarOf(ledger, planId)), null, from, to, planned));
        }
        return planned;
    }

    /** The reminders to one unit (not the supervisors' copies) with their send time in {@code [from, to]}. */
    public List<PlannedReminder> forUnit(LedgerAt ledger, String unitId, Instant from, Instant to) {
        List<PlannedReminder> planned = new ArrayList<>();
        Map<String, ReminderCalendar> calendars = new HashMap<>();
        for (TaskAt task : ledger.tasksOf(unitId)) {
            plan(ledger, task, calendars.computeIfAbsent(task.planId(), planId -> calendarOf(ledger, planId)),
                    unitId, from, to, planned);
        }
        planned.removeIf(reminder -> !reminder.recipient().equals(unitId));
        return planned;
    }

    private ReminderCalendar calendarOf(LedgerAt ledger, String planId) {
        return new ReminderCalendar(setup.settings(planId), ledger.calendar(), ledger.ruleOf(planId).zone());
    }

    private void plan(LedgerAt ledger, TaskAt task, ReminderCalendar calendar, String onlyUnit, Instant since,
                      Instant to, List<PlannedReminder> into) {
        // Nothing is reminded for a time before the ledger knew the task: a plan imported today is not late for
        // yesterday's reminders, though a milestone already overdue is escalated on its next day.
        Instant from = since.isBefore(task.createdAt()) ? task.createdAt() : since;
        urges(ledger, task, onlyUnit, calendar, from, to, into);
        returns(task, onlyUnit, calendar, from, to, into);
        acknowledgements(ledger, task, onlyUnit, calendar, from, to, into);
        if (!ledger.binds(task)) {
            return;
        }
        Map<String, UnitStanding> standings = ledger.standings(task);
        for (Map.Entry<String, UnitStanding> standing : standings.entrySet()) {
            String unitId = standing.getKey();
            if (onlyUnit != null && !onlyUnit.equals(unitId)) {
                continue;
            }
            if (standing.getValue().owesReports()) {
                periods(ledger, task, unitId, calendar, from, to, into);
            }
            milestones(ledger, task, unitId, calendar, from, to, into);
        }
    }

    private void periods(LedgerAt ledger, TaskAt task, String unitId, ReminderCalendar calendar, Instant from,
                         Instant to, List<PlannedReminder> into) {
        UnitRecord record = ledger.record(task, unitId);
        List<Occurrence> occurrences = new ArrayList<>();
        Map<String, ReportingPeriod> periods = new HashMap<>();
        for (PeriodState state : record.periods()) {
            periods.put(state.period().nominalDay().toString(), state.period());
            boolean returned = state.review() == ReviewState.RETURNED;
            if (returned && state.state() != ComplianceState.ON_TIME && state.state() != ComplianceState.LATE) {
                // Shown ahead while the correction is owed; sent only once the period counts as missing for it.
                uncorrected(ledger, task, unitId, state, calendar, from, to, into);
            }
            if (state.state() == ComplianceState.OPEN) {
                occurrences.addAll(calendar.beforeDeadline(state.period()));
                if (!returned) {
                    // What follows if nothing is filed: by then the period is missing and sent from there (below),
                    // but the schedule shows it ahead, as it shows a milestone's or an acknowledgement's.
                    occurrences.add(calendar.afterMissedDeadline(state.period()));
                }
            } else if (state.state() == ComplianceState.MISSING && !returned) {
                // Still owed: what fell due before the deadline stays due, so a tick that sweeps back over it (one
                // that did not complete between the deadline's morning and its end, a restart) sends it, marked
                // late, beside the overdue one, rather than losing it; the catch-up window bounds how far back.
                occurrences.addAll(calendar.beforeDeadline(state.period()));
                occurrences.add(calendar.afterMissedDeadline(state.period()));
            }
        }
        // The periods after the open one are owed too while the duty lasts: what the schedule shows ahead.
        for (ReportingPeriod ahead = record.next(); ahead != null && ahead.start().isBefore(to);
             ahead = ledger.reporting(task).schedule().next(ahead)) {
            periods.put(ahead.nominalDay().toString(), ahead);
            occurrences.addAll(calendar.beforeDeadline(ahead));
            occurrences.add(calendar.afterMissedDeadline(ahead));
        }
        for (Occurrence occurrence : occurrences) {
            if (within(occurrence, from, to)) {
                ReportingPeriod period = periods.get(occurrence.subject());
                addFor(ledger, task, unitId, occurrence, into, toSupervisors -> ReminderTexts.period(occurrence.kind(),
                        task.code(), task.title(), period.nominalDay(), period.deadlineDate(), ledger.unitName(unitId),
                        toSupervisors));
            }
        }
    }

    /** A returned report not corrected by its day: the period is missing for that, not for its deadline. */
    private static void uncorrected(LedgerAt ledger, TaskAt task, String unitId, PeriodState state,
                                    ReminderCalendar calendar, Instant from, Instant to, List<PlannedReminder> into) {
        Occurrence occurrence = calendar.afterMissedCorrection(state.judgement().reportId(),
                state.judgement().correctBy(), state.period());
        if (within(occurrence, from, to)) {
            addFor(ledger, task, unitId, occurrence, into, toSupervisors -> ReminderTexts.correctionOverdue(
                    task.code(), task.title(), state.period().nominalDay(), state.judgement().reason(),
                    state.judgement().correctBy(), ledger.unitName(unitId), toSupervisors));
        }
    }

    /** Every return goes out at once to the unit whose report it was, whatever the task's state since. */
    private static void returns(TaskAt task, String onlyUnit, ReminderCalendar calendar, Instant from, Instant to,
                                List<PlannedReminder> into) {
        for (ReportReturn returned : task.returns()) {
            Occurrence occurrence = calendar.returned(returned.reportId(), returned.at());
            if (within(occurrence, from, to) && (onlyUnit == null || onlyUnit.equals(returned.unitId()))) {
                into.add(PlannedReminder.of(occurrence, ReminderTexts.returned(task.code(), task.title(),
                                returned.period(), returned.reason(), returned.correctBy()), task.taskId(),
                        task.planId(), task.code(), task.title(), returned.unitId(), returned.unitId()));
            }
        }
    }

    private void milestones(LedgerAt ledger, TaskAt task, String unitId, ReminderCalendar calendar, Instant from,
                            Instant to, List<PlannedReminder> into) {
        for (MilestoneAt milestone : task.milestones()) {
            if (milestone.done() || !milestone.binds(unitId, task.leadUnitIds())) {
                continue;
            }
            List<Occurrence> occurrences = new ArrayList<>(calendar.beforeDueDate(milestone.milestoneId(),
                    milestone.dueOn()));
            occurrences.addAll(calendar.afterDueDate(milestone.milestoneId(), milestone.dueOn(),
                    to.atZone(ledger.ruleOf(task.planId()).zone()).toLocalDate()));
            for (Occurrence occurrence : occurrences) {
                if (within(occurrence, from, to)) {
                    addFor(ledger, task, unitId, occurrence, into, toSupervisors -> ReminderTexts.milestone(
                            occurrence.kind(), task.code(), task.title(), milestone.description(), milestone.dueOn(),
                            occurrence.daysLeft(), ledger.unitName(unitId), toSupervisors));
                }
            }
        }
    }

    /**
     * An assignment not acknowledged on a task still running: its due morning and the working day after. Both are
     * planned while it stays unacknowledged, so the schedule shows the second before the first has gone out.
     */
    private void acknowledgements(LedgerAt ledger, TaskAt task, String onlyUnit, ReminderCalendar calendar,
                                  Instant from, Instant to, List<PlannedReminder> into) {
        for (Acknowledgement acknowledgement : acknowledgements.at(ledger).of(task).values()) {
            String unitId = acknowledgement.unitId();
            boolean owed = acknowledgement.state() == AcknowledgementState.OPEN
                    || acknowledgement.state() == AcknowledgementState.OVERDUE;
            if (!owed || !acknowledgement.assignment().running() || (onlyUnit != null && !onlyUnit.equals(unitId))) {
                continue;
            }
            for (Occurrence occurrence : calendar.acknowledgement(acknowledgement.assignment().from(),
                    acknowledgement.dueOn())) {
                if (within(occurrence, from, to)) {
                    addFor(ledger, task, unitId, occurrence, into, toSupervisors -> ReminderTexts.acknowledgement(
                            occurrence.kind(), task.code(), task.title(), acknowledgement.dueOn(),
                            ledger.unitName(unitId), toSupervisors));
                }
            }
        }
    }

    private void urges(LedgerAt ledger, TaskAt task, String onlyUnit, ReminderCalendar calendar, Instant from,
                       Instant to, List<PlannedReminder> into) {
        for (Requests.Urge urge : task.urges()) {
            Occurrence occurrence = calendar.urged(urge.urgeId(), urge.at());
            if (!within(occurrence, from, to)) {
                continue;
            }
            for (String unitId : urge.unitIds()) {
                if (onlyUnit == null || onlyUnit.equals(unitId)) {
                    into.add(PlannedReminder.of(occurrence, ReminderTexts.urge(task.code(), task.title(),
                            urge.message()), task.taskId(), task.planId(), task.code(), task.title(), unitId, unitId));
                }
            }
        }
    }

    private interface TextFor {
        ReminderTexts.Text text(boolean toSupervisors);
    }

    private static void addFor(LedgerAt ledger, TaskAt task, String unitId, Occurrence occurrence,
                               List<PlannedReminder> into, TextFor text) {
        into.add(PlannedReminder.of(occurrence, text.text(false), task.taskId(), task.planId(), task.code(),
                task.title(), unitId, unitId));
        if (occurrence.kind().copiedToSupervisors()) {
            into.add(PlannedReminder.of(occurrence, text.text(true), task.taskId(), task.planId(), task.code(),
                    task.title(), PlannedReminder.SUPERVISORS, unitId));
        }
    }

    private static boolean within(Occurrence occurrence, Instant from, Instant to) {
        return !occurrence.sendAt().isBefore(from) && !occurrence.sendAt().isAfter(to);
    }
}
