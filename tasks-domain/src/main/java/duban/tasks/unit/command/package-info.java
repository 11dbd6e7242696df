/**
 * The commands of the Unit (单位) and UnitGroup (单位组) aggregates; their events are named in
 * {@code duban.events.unit}. Rule: plain records with Axon's routing annotations only; the aggregates in
 * {@code duban.tasks.unit.domain} decide.
 */
package duban.tasks.unit.command;
