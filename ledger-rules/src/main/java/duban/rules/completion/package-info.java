/**
 * Completion (办结) measured against a task's final due date: 按期完成, 超期办结, 逾期未办结 and 未到期, the 按期完成率
 * and the 平均办结时长 in working days. Rule: the only definition of a task's final due date for these figures (a
 * move of a due date counts only when recorded before that date had passed), of which tasks are due as of a
 * cut-off, and of how the rate and the mean are rounded.
 */
package duban.rules.completion;
