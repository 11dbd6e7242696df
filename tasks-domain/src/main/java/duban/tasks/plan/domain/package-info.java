/**
 * The Plan aggregate (工作方案), deciding the commands of {@code duban.tasks.plan.command}. Rule: aggregates
 * depend on nothing but the events contract, the ledger rules, Axon modelling and this module's {@code rule}
 * and {@code snapshot} packages; no REST, Kafka, database or clock.
 */
package duban.tasks.plan.domain;
