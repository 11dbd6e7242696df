/**
 * Importing a government notice (通知) into the ledger: {@link duban.tasks.imports.NoticeCommands} maps the
 * parser's {@link duban.tasks.notice.model.ParsedNotice} to commands with ids derived from the notice
 * ({@link duban.tasks.imports.ImportIds}), and {@link duban.tasks.imports.NoticeImporter} sends them in one
 * transaction, skipping what exists. Rule: commands go through
 * {@link duban.tasks.infrastructure.web.Commands} like every other write; nothing here touches the event
 * store except to ask which aggregates exist.
 */
package duban.tasks.imports;
