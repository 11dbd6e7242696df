package duban.events;

/** Kafka topic names of the contract. */
public final class Topics {
    /** Every domain event, keyed by aggregate id, kept forever (the consumers' replay source). */
    public static final String LEDGER_EVENTS = "duban.ledger.events.v1";
    /** Every notification that was sent. */
    public static final String NOTIFICATIONS = "duban.notifications.v1";

    private Topics() {
    }
}
