/**
 * The 工作台账 of a plan as an Excel workbook: {@link duban.tasks.ledger.query} reads the plan from the event
 * store into {@link duban.workbook.Ledger}, {@link duban.tasks.ledger.api} serves it as .xlsx. Rule: read-only;
 * reading the ledger back in is an import ({@code duban.tasks.imports.ledger}).
 */
package duban.tasks.ledger;
