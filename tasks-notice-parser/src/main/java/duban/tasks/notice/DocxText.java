package duban.tasks.notice;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a Word (.docx) notice, as {@link NoticeParser} reads it: one line per paragraph, with the
 * numbers Word generates (一、 / (一) / 1.) written out; one line per table row, cells separated by tabs
 * (a cell's own paragraphs joined by a space).
 */
public final class DocxText {

    private DocxText() {
    }

    public static String extract(InputStream docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(docx)) {
            ListNumbers numbers = new ListNumbers(document.getNumbering());
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(numbers.label(paragraph)).append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    table(table, text);
                } else if (element instanceof XWPFSDT control) {
                    text.append(control.getContent().getText()).append('\n');
                }
            }
            return text.toString();
        }
    }

    private static void table(XWPFTable table, StringBuilder text) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getParagraphs().stream().map(XWPFParagraph::getText).filter(s -> !s.isBlank())
                        .collect(Collectors.joining(" ")).replace('\t', ' '));
            }
            text.append(String.join("\t", cells)).append('\n');
        }
    }
}
