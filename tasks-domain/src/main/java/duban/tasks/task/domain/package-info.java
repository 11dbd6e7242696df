/**
 * The Task aggregate (任务) and the state it keeps to decide its commands ({@code duban.tasks.task.command}),
 * asking the app through the ports of {@code duban.tasks.task.port} for what it cannot know: the reporting
 * periods (the working-day calendar) and the members of unit groups (the directory). Rule: aggregates depend on
 * nothing but the events contract, the ledger rules, Axon modelling and this module's {@code rule} and
 * {@code snapshot} packages; what they cannot know comes in through ports as command-handler parameters, never
 * through a clock or a database.
 */
package duban.tasks.task.domain;
