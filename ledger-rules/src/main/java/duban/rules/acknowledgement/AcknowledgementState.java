package duban.rules.acknowledgement;

/** Where an assignment's acknowledgement (签收) stands at an instant. */
public enum AcknowledgementState {
    /** 已签收: acknowledged by the end of its due day. */
    ACKNOWLEDGED("已签收"),
    /** 逾期签收: acknowledged after its due day. */
    ACKNOWLEDGED_LATE("逾期签收"),
    /** 待签收: not acknowledged, and its due day has not ended. */
    OPEN("待签收"),
    /** 领办逾期: not acknowledged, and its due day has ended. */
    OVERDUE("领办逾期");

    private final String label;

    AcknowledgementState(String label) {
        this.label = label;
    }

    /** The Chinese word the dashboards, the bulletin and the reminders use. */
    public String label() {
        return label;
    }
}
