/**
 * Importing a government notice (通知) or a 工作台账 workbook into the ledger: {@link duban.tasks.imports.NoticeCommands}
 * maps the parser's {@link duban.tasks.notice.model.ParsedNotice} (a workbook is mapped to the same model by
 * {@link duban.tasks.imports.ledger.LedgerNotice}) to commands with ids derived from the source
 * ({@link duban.tasks.imports.ImportIds}), and {@link duban.tasks.imports.ScriptRunner} sends them in one
 * transaction, skipping what exists. Rule: commands go through {@link duban.tasks.infrastructure.web.Commands}
 * like every other write; nothing here touches the event store except to ask its gateway which aggregates exist.
 */
package duban.tasks.imports;
