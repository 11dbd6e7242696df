package duban.events;

/**
 * A fact recorded in the ledger. Each aggregate's events form a sealed hierarchy ({@code PlanEvent},
 * {@code UnitEvent}, {@code TaskEvent}) so that {@link EventTypes} lists every event type without a
 * hand-kept list of records that could fall behind.
 */
public interface LedgerEvent {

    /** The id of the aggregate the event belongs to: the Kafka key and the CloudEvents subject. */
    String aggregateId();

    /** The aggregate kind, e.g. {@code task}: the second segment of every type name. */
    String aggregateType();
}
