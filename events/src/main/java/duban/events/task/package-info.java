/**
 * Events of a task (任务): a node of a plan's tree with its units, milestones (节点), targets
 * (目标), progress reports (进展情况) and the supervisor's decisions on it.
 */
package duban.events.task;
