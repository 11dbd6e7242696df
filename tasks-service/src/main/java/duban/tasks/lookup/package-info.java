/**
 * Lookups the aggregates need about other aggregates: the members of a unit group and a plan's
 * reporting rules. Rule: written only by a subscribing event handler, in the transaction of the
 * event that states the fact; read by the components Axon passes to command handlers.
 */
package duban.tasks.lookup;
