/**
 * Axon Framework wired into Quarkus by hand (there is no extension): serializers, the JDBC event
 * store on the Agroal datasource, JTA transactions, processors and aggregates. Rule: the only
 * package that builds Axon infrastructure; the domain and the REST layer see only Axon's gateway
 * and the event store through the query classes.
 */
package duban.tasks.infrastructure.axon;
