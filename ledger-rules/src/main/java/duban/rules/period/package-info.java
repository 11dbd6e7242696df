/**
 * When units report: a plan's reporting days (报送日, default the 5th and the 20th, Asia/Shanghai, a day off moved
 * to the next working day), a task's own cadence where its notice sets one (每半月, 每月5日、20日, 从10月份开始), and the
 * reporting periods (报送期) they make with the working-day calendar. Rule: the only place that computes a period,
 * a deadline or the first period a unit owes; services ask here and never count days themselves.
 */
package duban.rules.period;
