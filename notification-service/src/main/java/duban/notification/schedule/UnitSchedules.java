package duban.notification.schedule;

import duban.notification.delivery.Channel;
import duban.notification.delivery.Dispatcher;
import duban.notification.reminder.PlannedReminder;
import duban.notification.reminder.ReminderPlanner;
import duban.notification.schedule.api.UnitSchedule;
import duban.rules.compliance.ReviewState;
import duban.rules.period.ReportingPeriod;
import duban.rules.plan.TaskCodeOrder;
import duban.view.slice.LedgerAt;
import duban.view.slice.LedgerClock;
import duban.view.slice.PeriodState;
import duban.view.slice.TaskAt;
import duban.view.slice.UnitRecord;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * A unit's reporting schedule from the ledger view: every task it owes reports on now, each with the next period it
 * has not filed for. Who owes what is the same answer the dashboards give: the ledger rules over the same events.
 */
@ApplicationScoped
public class UnitSchedules {

    /** The channel every reminder takes: the unit's inbox in this service. */
    public static final String INBOX = "INBOX";

    @Inject
    LedgerClock ledgers;

    @Inject
    ReminderPlanner planner;

    @Inject
    Dispatcher dispatcher;

    @Inject
    Mutiny.SessionFactory sessions;

    @ConfigProperty(name = "duban.schedule.horizon", defaultValue = "30d")
    Duration horizon;

    public Uni<UnitSchedule> of(String unitId) {
        LedgerAt ledger = ledgers.at(null);
        Instant now = ledger.at();
        Instant until = now.plus(horizon);
        List<PlannedReminder> planned = new ArrayList<>(planner.forUnit(ledger, unitId, now, until));
        planned.sort(Comparator.comparing(PlannedReminder::sendAt)
                .thenComparing(PlannedReminder::taskCode, Comparator.nullsFirst(TaskCodeOrder.INSTANCE))
                .thenComparing(PlannedReminder::key));
        if (planned.isEmpty()) {
            return Uni.createFrom().item(obligations(ledger, unitId, until, List.of()));
        }
        // Every reminder here goes to this one unit, and a channel's targets are the recipient's (its webhooks, its
        // contacts, the topic): asked once, they hold for all of them.
        return sessions.withSession(session -> channelsOf(session, planned.get(0), now))
                .map(channels -> obligations(ledger, unitId, until, planned.stream()
                        .map(reminder -> new UnitSchedule.Reminder(reminder.kind().name(), reminder.taskId(),
                                reminder.taskCode(), reminder.subject(), reminder.sendAt(),
                                reminder.kind().copiedToSupervisors(), reminder.heading(), channels))
                        .toList()));
    }

    /** The inbox always; then each channel, in a stable order, that would carry this reminder somewhere. */
    private Uni<List<String>> channelsOf(Mutiny.Session session, PlannedReminder reminder, Instant now) {
        Uni<List<String>> chain = Uni.createFrom().item(new ArrayList<>(List.of(INBOX)));
        for (Channel channel : dispatcher.all().values().stream().sorted(Comparator.comparing(Channel::name))
                .toList()) {
            chain = chain.chain(into -> channel.targets(session, reminder.sent(reminder.key(), now, false))
                    .map(targets -> {
                        if (!targets.isEmpty()) {
                            into.add(channel.name());
                        }
                        return into;
                    }));
        }
        return chain.map(List::copyOf);
    }

    private UnitSchedule obligations(LedgerAt ledger, String unitId, Instant until,
                                     List<UnitSchedule.Reminder> reminders) {
        Instant now = ledger.at();
        Set<String> warnings = new LinkedHashSet<>();
        List<UnitSchedule.Obligation> owed = new ArrayList<>();
        List<UnitSchedule.Correction> corrections = new ArrayList<>();
        for (TaskAt task : ledger.tasksOf(unitId)) {
            if (!ledger.binds(task) || !ledger.standings(task).get(unitId).owesReports()) {
                continue;
            }
            UnitRecord record = ledger.record(task, unitId);
            for (PeriodState state : record.periods()) {
                // Owed again: returned, its correction day not over yet (the rule keeps such a period OPEN).
                if (state.review() == ReviewState.RETURNED && !state.state().settled()) {
                    corrections.add(new UnitSchedule.Correction(task.taskId(), task.planId(), task.code(),
                            task.title(), state.period().nominalDay(), state.judgement().reportId(),
                            state.returnReason(), state.correctBy()));
                }
            }
            boolean reportedNow = record.open() != null && record.open().state().filed();
            ReportingPeriod due = record.open() != null && !reportedNow ? record.open().period() : record.next();
            if (due == null) {
                continue;
            }
            ReportingPeriod first = ledger.reporting(task)
                    .firstObligationPeriod(ledger.duties(task).get(unitId).get(0).from());
            warnings.addAll(ledger.calendar().warnings(ledger.today(task), due.deadlineDate()));
            owed.add(new UnitSchedule.Obligation(task.taskId(), task.planId(), task.code(), task.title(),
                    first.nominalDay(), deadline(due), reportedNow));
        }
        owed.sort(Comparator.comparing((UnitSchedule.Obligation o) -> o.nextDue().deadlineAt())
                .thenComparing(UnitSchedule.Obligation::code, Comparator.nullsFirst(TaskCodeOrder.INSTANCE)));
        UnitSchedule.Deadline next = owed.stream().map(UnitSchedule.Obligation::nextDue)
                .min(Comparator.comparing(UnitSchedule.Deadline::deadlineAt)).orElse(null);
        corrections.sort(Comparator.comparing(UnitSchedule.Correction::correctBy)
                .thenComparing(UnitSchedule.Correction::code, Comparator.nullsFirst(TaskCodeOrder.INSTANCE)));
        return new UnitSchedule(unitId, now, next, owed, List.copyOf(warnings), until, reminders, corrections);
    }

    private static UnitSchedule.Deadline deadline(ReportingPeriod period) {
        return new UnitSchedule.Deadline(period.nominalDay(), period.deadlineDate(), period.deadline(),
                period.isMoved());
    }
}
