/**
 * Completion figures (按期完成率, 超期办结, 平均办结时长) over a plan's tasks, an area's or a lead unit's, as the bulletin
 * and the overview show them. Rule: which tasks count is decided here once (leaf tasks not cancelled; per unit, those
 * it leads); how each stands and how they add up is the ledger rules' ({@code duban.rules.completion}).
 */
package duban.reporting.completion;
