/**
 * Red, yellow or green (红黄绿灯) for a task or a unit, always with the reasons: RED when a milestone is overdue or
 * the last two periods owed were missed; YELLOW when a milestone falls due within three days, the last period owed
 * was missed, or a target lags a linear schedule by more than twenty points; GREEN otherwise. Rule: the only
 * definition of the colours; thresholds are configuration ({@link duban.rules.rag.RagThresholds}).
 */
package duban.rules.rag;
