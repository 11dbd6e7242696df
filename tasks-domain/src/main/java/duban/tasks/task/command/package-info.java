/**
 * The commands of the Task aggregate (任务): what a supervisor or a unit's clerk asks of a task, one record each,
 * named verb + noun; the events they may cause are named in {@code duban.events.task}. Rule: plain records with
 * Axon's routing annotations only; no behaviour, no rule (the aggregate in {@code duban.tasks.task.domain} decides).
 */
package duban.tasks.task.command;
