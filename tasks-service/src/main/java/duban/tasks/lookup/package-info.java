/**
 * Facts the command side needs about other aggregates: the members of a unit group, a plan's
 * reporting rules, and the unit directory (names, aliases, group phrases) that importers resolve
 * names against. Rule: written only by a subscribing event handler, in the transaction of the
 * event that states the fact; read by the components Axon passes to command handlers and by the
 * importer.
 */
package duban.tasks.lookup;
