/**
 * What the Task aggregate asks the app for and cannot know itself: the reporting periods of a plan (the
 * working-day calendar and the ledger rules), the members of unit groups (the directory) and whether its plan
 * reviews reports (the plan's state). Rule: interfaces
 * and their answers only; the app implements them and registers them as Axon components, which Axon passes to
 * the command handlers that declare them as parameters.
 */
package duban.tasks.task.port;
