/**
 * {@code GET /api/v1/plans/{planId}/ledger.xlsx}: the plan's 工作台账 as an Excel workbook. Rule: reads through
 * {@link duban.tasks.ledger.query.PlanLedgerQuery} only; an unknown plan is a 404 problem, never an empty file.
 */
package duban.tasks.ledger.api;
