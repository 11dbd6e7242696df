/**
 * The commands of the Plan aggregate (工作方案); its events are named in {@code duban.events.plan}. Rule: plain
 * records with Axon's routing annotations only; the aggregate in {@code duban.tasks.plan.domain} decides.
 */
package duban.tasks.plan.command;
