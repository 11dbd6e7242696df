package duban.rules.compliance;

/** Where a reviewed report (审核) stands: the office has not decided yet, accepted it, or returned it. */
public enum ReviewState {
    /** 待审核: filed, neither accepted nor returned yet. */
    PENDING,
    /** 已确认: accepted by a supervisor. */
    ACCEPTED,
    /** 已退回: returned to its unit with a reason, to be corrected. */
    RETURNED;

    /** The word the ledger's pages use. */
    public String label() {
        return switch (this) {
            case PENDING -> "待审核";
            case ACCEPTED -> "已确认";
            case RETURNED -> "已退回";
        };
    }
}
