/**
 * The notice parser's entry points: {@link duban.tasks.notice.NoticeParser} (text → plan),
 * {@link duban.tasks.notice.DocxText} (.docx → text) and {@link duban.tasks.notice.UnitDirectory} (what the
 * caller knows of its units). Rule: the parser depends on the event contract's vocabulary only (unit
 * categories), never on Quarkus, Axon or a store; it returns immutable records and never throws on odd text —
 * what it cannot read becomes a warning with its line.
 */
package duban.tasks.notice;
