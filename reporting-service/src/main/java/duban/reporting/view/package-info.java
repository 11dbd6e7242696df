/**
 * The pieces every read of reporting-service shows alike, as the API documents them: a task's or unit's signal
 * (红黄绿灯) with its reasons, a period's state, a share of a target with its attainment, the latest report. Rule:
 * plain records made from the ledger view ({@code duban.view.slice}); nothing here computes a rule.
 */
package duban.reporting.view;
