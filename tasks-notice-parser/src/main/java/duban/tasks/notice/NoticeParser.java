package duban.tasks.notice;

import duban.tasks.notice.assembly.NoticeAssembler;
import duban.tasks.notice.header.HeaderFacts;
import duban.tasks.notice.model.ParsedNotice;

/**
 * Reads a government notice (通知) and the work plan (工作方案) it issues into a {@link ParsedNotice}: header,
 * task tree, units, unit groups, milestones, targets and warnings. Pure and stateless: the same text and
 * directory always give the same result, so a dry run shows exactly what an import would do.
 */
public final class NoticeParser {

    private NoticeParser() {
    }

    /**
     * @param text      the notice as plain text (from a web page, or {@link DocxText#extract})
     * @param directory the units the caller already knows; {@link UnitDirectory#empty()} for a fresh store
     */
    public static ParsedNotice parse(String text, UnitDirectory directory) {
        return NoticeAssembler.assemble(text, directory);
    }

    /**
     * The header alone (title, document number, issuer, date), as {@link #parse} reads it, for a caller that must
     * know who issued a notice before it can choose the directory to parse it against.
     */
    public static HeaderFacts header(String text) {
        return NoticeAssembler.header(text);
    }
}
