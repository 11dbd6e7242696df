package duban.rules.rag;

import java.time.LocalDate;

/** Where a milestone (节点) stands on a day: the word a task view and a bulletin show for it. */
public enum MilestoneStatus {
    /** 按期完成: done by its due day. */
    DONE,
    /** 逾期完成: done, after its due day. */
    DONE_LATE,
    /** 逾期未完成: not done, its due day has ended. */
    OVERDUE,
    /** 即将到期: not done, due within the threshold of the colours (3 days by default). */
    DUE_SOON,
    /** 未到期: not done, not due soon. */
    PENDING;

    public static MilestoneStatus of(MilestoneState milestone, LocalDate today, RagThresholds thresholds) {
        if (milestone.done()) {
            return milestone.metOnTime() ? DONE : DONE_LATE;
        }
        if (milestone.overdueOn(today)) {
            return OVERDUE;
        }
        return !milestone.dueOn().isAfter(today.plusDays(thresholds.dueSoonDays())) ? DUE_SOON : PENDING;
    }
}
