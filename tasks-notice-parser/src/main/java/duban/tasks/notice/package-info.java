/**
 * The notice parser's entry points: {@link duban.tasks.notice.NoticeParser} (text → plan),
 * {@link duban.tasks.notice.NoticeFiles} (an uploaded file → text: .docx, .doc or PDF told apart by content, through
 * {@link duban.tasks.notice.DocxText}, {@link duban.tasks.notice.DocText} and {@link duban.tasks.notice.PdfText}; a
 * file without readable text refused with its reason) and {@link duban.tasks.notice.UnitDirectory} (what the
 * caller knows of its units). Rule: the parser depends on the event contract's vocabulary only (unit
 * categories), never on Quarkus, Axon or a store; it returns immutable records and never throws on odd text —
 * what it cannot read becomes a warning with its line. Only a file whose text cannot be had at all is refused
 * ({@link duban.tasks.notice.UnreadableNoticeException}).
 */
package duban.tasks.notice;
