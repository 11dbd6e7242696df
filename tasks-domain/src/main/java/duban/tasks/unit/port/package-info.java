/**
 * What the Unit aggregate asks the app for and cannot know itself: which unit a spelling already names, across the
 * whole directory. Rule: interfaces only; the app implements them and registers them as Axon components, which Axon
 * passes to the command handlers that declare them as parameters.
 */
package duban.tasks.unit.port;
