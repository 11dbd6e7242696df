/**
 * The entry point of the command-side domain: {@link duban.tasks.domain.DomainModel} lists the
 * aggregates and ports the app registers with Axon. Rule: the module depends on nothing but the events
 * contract, Axon modelling and Jackson's annotations (for snapshots); it knows no REST, Kafka,
 * database or clock.
 */
package duban.tasks.domain;
