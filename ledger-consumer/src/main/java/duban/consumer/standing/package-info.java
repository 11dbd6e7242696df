/**
 * Who stands on which task, kept the same way by every consuming service: a task's lead and co-responsible units,
 * status and place in the tree, its targets' shares and the unit groups' members, so that the ledger rules
 * ({@code duban.rules.duty}) answer the same question the same way in the dashboards and in the reminders. Rule:
 * these tables are written only by {@link duban.consumer.standing.TaskStandings}, which applies every event before
 * the service's own read models do; read models ask it and never decide standings themselves.
 */
package duban.consumer.standing;
