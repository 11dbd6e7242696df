/**
 * Facts the command side needs about other aggregates: the members of a unit group, a plan's
 * reporting rules, the unit directory (names, aliases, group phrases) that importers resolve
 * names against, the claims on unit names (whose primary key keeps every name and alias to one
 * unit, even under concurrent commands) and plan headers. Rule: written only by a subscribing event
 * handler, in the transaction of the event that states the fact; read by the components Axon passes
 * to command handlers, by the importer and by the query packages. The tasks of each plan are the
 * event store's own index ({@code duban.tasks.eventstore.PlanTasks}), which that handler asks the
 * gateway to keep.
 */
package duban.tasks.lookup;
