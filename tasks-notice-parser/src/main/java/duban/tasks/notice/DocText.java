package duban.tasks.notice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The text of an old Word (.doc, Word 97–2003) notice, as {@link NoticeParser} reads it and as {@link DocxText}
 * writes a .docx: one line per paragraph, with the numbers Word generates (一、 / (一) / 1.) written out
 * ({@link DocListNumbers}), a line break inside a paragraph a line of its own; one line per table
 * row, cells separated by tabs (a cell's own paragraphs joined by a space). Field codes are left out and their
 * results kept.
 */
public final class DocText {

    private static final char FIELD_BEGIN = '\u0013';
    private static final char FIELD_SEPARATOR = '\u0014';
    private static final char FIELD_END = '\u0015';

    private DocText() {
    }

    /** The text of the Word document in this compound file (which must hold a WordDocument stream). */
    public static String extract(POIFSFileSystem file) throws IOException {
        try (HWPFDocument document = new HWPFDocument(file)) {
            Range range = document.getRange();
            DocListNumbers numbers = new DocListNumbers();
            StringBuilder text = new StringBuilder();
            int paragraphs = range.numParagraphs();
            for (int i = 0; i < paragraphs; ) {
                Paragraph paragraph = range.getParagraph(i);
                if (paragraph.isInTable()) {
                    Table table = range.getTable(paragraph);
                    table(table, text);
                    i += Math.max(1, table.numParagraphs());
                } else {
                    text.append(numbers.label(paragraph)).append(clean(paragraph.text())).append('\n');
                    i++;
                }
            }
            return text.toString();
        }
    }

    private static void table(Table table, StringBuilder text) {
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                List<String> lines = new ArrayList<>();
                for (int p = 0; p < cell.numParagraphs(); p++) {
                    String line = clean(cell.getParagraph(p).text()).replace('\n', ' ').replace('\t', ' ').strip();
                    if (!line.isEmpty()) {
                        lines.add(line);
                    }
                }
                cells.add(String.join(" ", lines));
            }
            text.append(String.join("\t", cells)).append('\n');
        }
    }

    /**
     * A paragraph's characters without Word's marks: field instructions dropped (their results kept), a manual
     * line break (vertical tab) a new line, cell and paragraph ends, page breaks and object anchors removed.
     */
    static String clean(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        int depth = 0;
        // For each open field: true while its instruction is read (before the separator).
        boolean[] instruction = new boolean[64];
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == FIELD_BEGIN) {
                if (depth < instruction.length) {
                    instruction[depth] = true;
                }
                depth++;
            } else if (c == FIELD_SEPARATOR && depth > 0) {
                instruction[Math.min(depth, instruction.length) - 1] = false;
            } else if (c == FIELD_END && depth > 0) {
                depth--;
            } else if (inInstruction(instruction, depth)) {
                continue;
            } else if (c == '\u000B') {
                text.append('\n');
            } else if (c == '\t' || c >= ' ') {
                text.append(c);
            }
        }
        return text.toString().stripTrailing();
    }

    private static boolean inInstruction(boolean[] instruction, int depth) {
        for (int level = 0; level < Math.min(depth, instruction.length); level++) {
            if (instruction[level]) {
                return true;
            }
        }
        return false;
    }
}
