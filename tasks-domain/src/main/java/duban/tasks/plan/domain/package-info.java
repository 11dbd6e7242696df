/**
 * The Plan aggregate (工作方案) and its commands. Rule: aggregates depend on nothing but the events
 * contract, Axon modelling and this module's {@code rule} and {@code snapshot} packages; no REST,
 * Kafka, database or clock.
 */
package duban.tasks.plan.domain;
