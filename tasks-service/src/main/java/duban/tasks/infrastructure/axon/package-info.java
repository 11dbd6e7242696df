/**
 * Axon Framework wired into Quarkus by hand (there is no extension): serializers and upcasters, the JDBC event
 * store on the Agroal datasource, JTA transactions, processors and aggregates. Rule: the only package that builds
 * Axon infrastructure, and with the event store's gateway ({@link duban.tasks.eventstore}) the only one that
 * touches Axon's storage engine; it owns Axon's own tables ({@code token_entry}, {@code snapshot_event_entry})
 * and takes the event table's name from the gateway. The domain and the REST layer see only Axon's command
 * gateway; every other read of stored events goes through {@link duban.tasks.eventstore}.
 */
package duban.tasks.infrastructure.axon;
