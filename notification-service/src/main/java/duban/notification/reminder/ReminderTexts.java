package duban.notification.reminder;

import duban.rules.reminder.ReminderKind;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** What a reminder says, in Chinese: a heading and a sentence naming the task, the period or milestone and the day. */
final class ReminderTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** A heading and a body. */
    record Text(String heading, String body) {
    }

    private ReminderTexts() {
    }

    /** A reminder about a reporting period, to the unit or (naming it) to the supervisors. */
    static Text period(ReminderKind kind, String code, String title, LocalDate period, LocalDate deadline,
                       String unitName, boolean toSupervisors) {
        String task = "「" + code + " " + title + "」";
        String who = toSupervisors ? unitName : "";
        return switch (kind) {
            case REPORT_DUE_SOON -> new Text("报送提醒：" + code, "请于" + DAY.format(deadline) + "前报送" + task
                    + DAY.format(period) + "期进展情况。");
            case REPORT_DUE_TODAY -> new Text("今日报送：" + code, "今天（" + DAY.format(deadline) + "）是" + task
                    + DAY.format(period) + "期进展情况的报送截止日。");
            case REPORT_OVERDUE -> new Text("逾期未报：" + code, who + task + DAY.format(period) + "期进展情况应于"
                    + DAY.format(deadline) + "前报送，至今未报送。");
            default -> throw new IllegalArgumentException(kind + " is not about a period");
        };
    }

    /** A reminder about a milestone, to a unit it binds or (naming it) to the supervisors. */
    static Text milestone(ReminderKind kind, String code, String title, String description, LocalDate dueOn,
                          int days, String unitName, boolean toSupervisors) {
        String task = "「" + code + " " + title + "」";
        String what = "节点「" + description + "」";
        String who = toSupervisors ? unitName : "";
        return switch (kind) {
            case MILESTONE_DUE -> new Text("节点提醒：" + code, days == 0
                    ? task + what + "今天（" + DAY.format(dueOn) + "）到期。"
                    : task + what + "将于" + DAY.format(dueOn) + "到期（还有" + days + "天）。");
            case MILESTONE_OVERDUE -> new Text("节点逾期：" + code, who + task + what + "已于" + DAY.format(dueOn)
                    + "到期，逾期" + days + "天未完成。");
            default -> throw new IllegalArgumentException(kind + " is not about a milestone");
        };
    }

    /** A report returned (退回) to its unit: the supervisors' reason and the day the correction is due. */
    static Text returned(String code, String title, LocalDate period, String reason, LocalDate correctBy) {
        return new Text("报告退回：" + code, "「" + code + " " + title + "」" + DAY.format(period)
                + "期进展情况被督查室退回，退回理由：" + reason + "。请于" + DAY.format(correctBy) + "前更正后重新报送。");
    }

    /** A returned report not corrected by its day: the period now counts as not filed. */
    static Text correctionOverdue(String code, String title, LocalDate period, String reason, LocalDate correctBy,
                                  String unitName, boolean toSupervisors) {
        return new Text("退回逾期未改：" + code, (toSupervisors ? unitName : "") + "「" + code + " " + title + "」"
                + DAY.format(period) + "期进展情况被退回（" + reason + "），应于" + DAY.format(correctBy)
                + "前更正，至今未更正，本期按未报送计。");
    }

    /** A reminder to acknowledge (签收) an assignment, to the unit or (naming it) to the supervisors. */
    static Text acknowledgement(ReminderKind kind, String code, String title, LocalDate dueOn, String unitName,
                                boolean toSupervisors) {
        String task = "「" + code + " " + title + "」";
        String who = toSupervisors ? unitName : "";
        return switch (kind) {
            case ACKNOWLEDGEMENT_DUE -> new Text("签收提醒：" + code, "交办任务" + task + "请于今天（" + DAY.format(dueOn)
                    + "）内签收。");
            case ACKNOWLEDGEMENT_OVERDUE -> new Text("领办逾期：" + code, who + "交办任务" + task + "应于"
                    + DAY.format(dueOn) + "前签收，至今未签收。");
            default -> throw new IllegalArgumentException(kind + " is not about an acknowledgement");
        };
    }

    /** An urge (催办) in the supervisors' words. */
    static Text urge(String code, String title, String message) {
        return new Text("催办：" + code, "督查室催办「" + code + " " + title + "」"
                + (message == null || message.isBlank() ? "。" : "：" + message));
    }
}
