package duban.rules.completion;

/** How a task stands against its final due date at a cut-off. */
public enum CompletionState {
    /** 按期完成: completion approved on or before the final due date (or the task had none). */
    ON_TIME("按期完成"),
    /** 超期办结: completion approved after the final due date. */
    LATE("超期办结"),
    /** 逾期未办结: the final due date has passed and completion is not approved. */
    OVERDUE("逾期未办结"),
    /** 未到期: not completed, and its final due date is still ahead (or it has none). */
    NOT_DUE("未到期");

    private final String label;

    CompletionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the task counts among the tasks due (应完成) as of the cut-off: the 按期完成率's denominator. */
    public boolean due() {
        return this != NOT_DUE;
    }
}
