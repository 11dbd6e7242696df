package duban.tasks.notice;

/** The kinds of file a notice is read from, told apart by their first bytes (see {@link NoticeFiles}). */
public enum NoticeFormat {
    /** Plain text in UTF-8. */
    TEXT,
    /** Word 2007 and later (.docx): a zip package, read by {@link DocxText}. */
    DOCX,
    /** Word 97–2003 (.doc): an OLE2 compound file with a WordDocument stream, read by {@link DocText}. */
    DOC,
    /** PDF with a text layer, read by {@link PdfText}. */
    PDF
}
