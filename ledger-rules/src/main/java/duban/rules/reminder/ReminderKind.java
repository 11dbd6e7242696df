package duban.rules.reminder;

/** What a reminder is about, and so whom it goes to. */
public enum ReminderKind {
    /** 报送提醒: a period's deadline is a few working days away and the unit has not filed. */
    REPORT_DUE_SOON(false),
    /** 今日报送: the deadline is today and the unit has not filed. */
    REPORT_DUE_TODAY(false),
    /** 逾期未报: the deadline passed without a report; copied to the supervisors. */
    REPORT_OVERDUE(true),
    /** 节点提醒: a milestone falls due in a few days, or today. */
    MILESTONE_DUE(false),
    /** 节点逾期: a milestone is past its day and not done; copied to the supervisors (escalation). */
    MILESTONE_OVERDUE(true),
    /** 催办: a supervisor urged the unit; sent at once. */
    URGED(false),
    /** 报告退回: a supervisor returned the unit's report with a reason and the day a correction is due; sent at once. */
    REPORT_RETURNED(false),
    /**
     * 退回逾期未改: a returned report was not corrected by its day, so the period now counts as missing; the working
     * day after, copied to the supervisors.
     */
    CORRECTION_OVERDUE(true),
    /** 签收提醒: an assignment's acknowledgement (签收) is due today and the unit has not acknowledged. */
    ACKNOWLEDGEMENT_DUE(false),
    /** 领办逾期: the acknowledgement's due day passed without it; copied to the supervisors. */
    ACKNOWLEDGEMENT_OVERDUE(true);

    private final boolean copiedToSupervisors;

    ReminderKind(boolean copiedToSupervisors) {
        this.copiedToSupervisors = copiedToSupervisors;
    }

    /** Whether the supervisors (督查室) get a copy. */
    public boolean copiedToSupervisors() {
        return copiedToSupervisors;
    }
}
