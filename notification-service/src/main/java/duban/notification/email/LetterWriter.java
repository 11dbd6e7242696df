package duban.notification.email;

import duban.notification.delivery.SentReminder;
import duban.notification.reminder.PlannedReminder;
import duban.rules.duty.Standing;
import duban.rules.reminder.ReminderKind;
import duban.rules.duty.UnitStanding;
import duban.rules.period.ReportingPeriod;
import duban.view.acknowledgement.AcknowledgementSetup;
import duban.view.slice.LedgerAt;
import duban.view.slice.LedgerClock;
import duban.view.slice.MilestoneAt;
import duban.view.slice.ReportReturn;
import duban.view.slice.TaskAt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Words a sent reminder's letter from the ledger as it stood when the reminder was sent, never as it stands when the
 * letter is tried: a retry an hour or a day later says exactly what the first try said.
 */
@ApplicationScoped
public class LetterWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    @Inject
    LedgerClock ledgers;

    @Inject
    AcknowledgementSetup acknowledgements;

    public Letter write(SentReminder reminder) {
        LedgerAt ledger = ledgers.at(reminder.sentAt());
        Optional<TaskAt> task = ledger.task(reminder.taskId());
        String title = task.map(TaskAt::title).orElse("");
        String code = reminder.taskCode() != null ? reminder.taskCode() : task.map(TaskAt::code).orElse("");
        ZoneId zone = ledger.ruleOf(reminder.planId()).zone();
        boolean toSupervisors = PlannedReminder.SUPERVISORS.equals(reminder.recipient());
        String unitName = ledger.unitName(reminder.aboutUnit());

        String subject = "【督办】" + reminder.heading() + (title.isEmpty() ? "" : " " + title)
                + (toSupervisors ? "（" + unitName + "）" : "");
        String greeting = toSupervisors ? "督查室" : unitName;
        String about = null;
        String dueDay = null;
        Optional<ReportReturn> returned = returnNamed(reminder, task);
        if (returned.isPresent()) {
            about = DAY.format(returned.get().period()) + "期进展情况（已退回：" + returned.get().reason() + "）";
            dueDay = DAY.format(returned.get().correctBy());
        } else if (reminder.kind().startsWith("REPORT_")) {
            LocalDate nominal = LocalDate.parse(reminder.subject());
            about = DAY.format(nominal) + "期进展情况";
            dueDay = task.flatMap(t -> ledger.reporting(t).schedule().periodNamed(nominal))
                    .map(ReportingPeriod::deadlineDate).map(DAY::format).orElse(DAY.format(nominal));
        } else if (reminder.kind().startsWith("MILESTONE_")) {
            Optional<MilestoneAt> milestone = task.flatMap(t -> t.milestones().stream()
                    .filter(m -> m.milestoneId().equals(reminder.subject())).findFirst());
            about = milestone.map(m -> "节点「" + m.description() + "」").orElse(null);
            dueDay = milestone.map(m -> DAY.format(m.dueOn())).orElse(null);
        } else if (reminder.kind().startsWith("ACKNOWLEDGEMENT_")) {
            // The subject is the instant the assignment was recorded: its due day follows by the ledger rules.
            about = "交办任务签收";
            dueDay = DAY.format(acknowledgements.rule(reminder.planId()).dueOn(Instant.parse(reminder.subject()), zone));
        }
        String lateNote = reminder.late()
                ? "本提醒原定于" + TIME.format(reminder.dueAt().atZone(zone)) + "发送，因系统暂停服务延后发出。"
                : null;
        return new Letter(subject, greeting, reminder.body(), code, title, about, dueDay,
                TIME.format(reminder.sentAt().atZone(zone)), lateNote, why(reminder, ledger, task, unitName,
                toSupervisors));
    }

    /** The return a reminder about a returned report names by its subject; empty for every other reminder. */
    private static Optional<ReportReturn> returnNamed(SentReminder reminder, Optional<TaskAt> task) {
        if (!reminder.kind().equals(ReminderKind.REPORT_RETURNED.name())
                && !reminder.kind().equals(ReminderKind.CORRECTION_OVERDUE.name())) {
            return Optional.empty();
        }
        return task.flatMap(t -> t.returns().stream().filter(r -> r.reportId().equals(reminder.subject()))
                .reduce((first, later) -> later));
    }

    private static String why(SentReminder reminder, LedgerAt ledger, Optional<TaskAt> task, String unitName,
                              boolean toSupervisors) {
        if (toSupervisors) {
            return "逾期事项抄送督查室：" + unitName + "是该任务的" + standing(ledger, task, reminder.aboutUnit()) + "。";
        }
        if ("URGED".equals(reminder.kind())) {
            return "督查室就该任务向贵单位催办。";
        }
        if (ReminderKind.REPORT_RETURNED.name().equals(reminder.kind())) {
            return "督查室审核贵单位报送的进展情况后予以退回。";
        }
        return "贵单位是该任务的" + standing(ledger, task, reminder.aboutUnit()) + "，本邮箱登记为贵单位的督办联系人。";
    }

    private static String standing(LedgerAt ledger, Optional<TaskAt> task, String unitId) {
        UnitStanding standing = task.map(t -> ledger.standings(t).get(unitId)).orElse(null);
        if (standing == null) {
            return "责任单位";
        }
        return standing.standings().stream().sorted().map(LetterWriter::word).collect(Collectors.joining("、"));
    }

    private static String word(Standing standing) {
        return switch (standing) {
            case LEAD -> "牵头单位";
            case CO -> "同责单位";
            case SHARE_HOLDER -> "目标任务承担单位";
            case GROUP_MEMBER -> "责任单位组成员";
        };
    }
}
