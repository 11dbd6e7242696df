/**
 * Reading a 工作台账 workbook back into the ledger: {@link duban.tasks.imports.ledger.LedgerNotice} maps the
 * workbook's {@link duban.workbook.Ledger} to the same intermediate model a notice is parsed into
 * ({@link duban.tasks.notice.model.ParsedNotice}), so the one import pipeline
 * ({@link duban.tasks.imports.NoticeCommands}, {@link duban.tasks.imports.ScriptRunner}) issues the commands.
 * Rule: nothing here sends a command or reads a store; units are resolved against the directory it is given.
 */
package duban.tasks.imports.ledger;
