/**
 * The Task aggregate (任务) and its commands, with the two ports it asks the app for:
 * {@link duban.tasks.task.domain.ReportingPeriods} (the working-day calendar) and
 * {@link duban.tasks.task.domain.GroupMembers} (the unit directory). Rule: aggregates depend on nothing
 * but the events contract, Axon modelling and this module's {@code rule} and {@code snapshot}
 * packages; what they cannot know comes in through those ports as command-handler parameters, never
 * through a clock or a database.
 */
package duban.tasks.task.domain;
