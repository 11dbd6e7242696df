package duban.tasks.notice;

import duban.tasks.notice.UnreadableNoticeException.Reason;
import duban.tasks.notice.structure.FieldLabels;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text layer of a PDF notice, as {@link NoticeParser} reads it: the glyphs of each page in reading order
 * (top to bottom by baseline, left to right), one line per printed line. A table drawn with ruling lines is read
 * by its grid ({@link PdfRulings}): one line per row, each cell's lines joined, cells separated by tabs, as
 * {@link DocxText} writes a table; a wide gap inside a line without rulings becomes a tab too. A paragraph the PDF wrapped is joined again:
 * a line that runs to the right margin continues on the next one when that starts at the left margin and is no
 * numbered heading (一、 / (一) / 1.) nor a field (牵头单位:). Page numbers (- 3 -, 第3页) are left out.
 *
 * <p>A PDF that needs a password to open, or whose pages hold no text (a scan), is refused: its text cannot be had
 * here, and a notice read without it would import as nothing.
 */
public final class PdfText {

    /** Within this share of the font size two baselines are one printed line. */
    private static final float SAME_LINE = 0.4f;
    /** A gap this many ems wide inside a line separates two cells. */
    private static final float CELL_GAP = 1.5f;
    /** A gap this wide between two Latin letters or digits is a space the PDF did not write as a glyph. */
    private static final float WORD_GAP = 0.2f;
    /**
     * A wrapped line ends this many ems short of the right margin at most: left-aligned text breaks before a
     * character, or a word such as 件.xlsx, that does not fit.
     */
    private static final float WRAP_SLACK = 4f;
    private static final Pattern HEADING = Pattern.compile(
            "^\\s*([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十0-9]+[)）]|[0-9]+[.．、](?![0-9])|[①-⑳])");
    /** A line opening with a field's label (牵头单位:) starts a field, whether or not its paragraph is indented. */
    private static final Pattern LABELLED = Pattern.compile("^\\s*(\\p{IsHan}{2,8})\\s*[:：]");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^\\s*([-—–－]\\s*[0-9]+\\s*[-—–－]|第\\s*[0-9]+\\s*页(\\s*[,，/]?\\s*共\\s*[0-9]+\\s*页)?|[0-9]+\\s*/\\s*[0-9]+)\\s*$");

    /** More pages than any notice has: refused before reading. */
    static final int MAX_PAGES = 1000;
    /**
     * Drawing instructions of all pages, decoded, at most: a text page holds a few dozen KiB, while a few KiB of
     * compressed zeros decode to gigabytes that would keep the reader busy for minutes.
     */
    static final long MAX_CONTENT_BYTES = 64L * 1024 * 1024;

    private PdfText() {
    }

    public static String extract(byte[] pdf) throws UnreadableNoticeException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            requireReadableSize(document);
            Glyphs glyphs = new Glyphs();
            glyphs.setSortByPosition(true);
            glyphs.writeText(document, new StringWriter());
            String text = join(glyphs.lines, glyphs.pageWidth);
            if (text.isBlank()) {
                throw new UnreadableNoticeException(Reason.PDF_WITHOUT_TEXT, hasImages(document)
                        ? "the PDF holds images of pages and no text: it is a scan; run OCR on it first (or upload "
                                + "the notice's Word file or text)"
                        : "the PDF holds no text");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new UnreadableNoticeException(Reason.ENCRYPTED,
                    "the PDF is protected by a password: remove the password, or upload the notice unprotected", e);
        } catch (IOException e) {
            throw new UnreadableNoticeException(Reason.DAMAGED, "the file starts like a PDF but cannot be read: "
                    + e.getMessage(), e);
        }
    }

    private static void requireReadableSize(PDDocument document) throws IOException, UnreadableNoticeException {
        if (document.getNumberOfPages() > MAX_PAGES) {
            throw new UnreadableNoticeException(Reason.TOO_LARGE, "the PDF has " + document.getNumberOfPages()
                    + " pages; a notice of at most " + MAX_PAGES + " is read");
        }
        long decoded = 0;
        byte[] buffer = new byte[64 * 1024];
        for (PDPage page : document.getPages()) {
            try (InputStream contents = page.getContents()) {
                for (int read = contents.read(buffer); read >= 0; read = contents.read(buffer)) {
                    decoded += read;
                    if (decoded > MAX_CONTENT_BYTES) {
                        throw new UnreadableNoticeException(Reason.TOO_LARGE, "the PDF's pages decode to more than "
                                + MAX_CONTENT_BYTES / (1024 * 1024) + " MiB of drawing instructions; no notice is that "
                                + "large");
                    }
                }
            }
        }
    }

    /** One printed line, or a table row: its text, where it starts and ends, its font size and top. */
    private record Line(String text, float start, float end, float em, float top, boolean row) {

        boolean hasCells() {
            return row || text.indexOf('\t') >= 0;
        }
    }

    /** Collects each page's glyphs instead of writing them, then lays them out in lines. */
    private static final class Glyphs extends PDFTextStripper {
        private final List<Line> lines = new ArrayList<>();
        private final List<TextPosition> page = new ArrayList<>();
        private float pageWidth;

        Glyphs() {
        }

        @Override
        protected void startPage(PDPage pdPage) {
            page.clear();
            pageWidth = Math.max(pageWidth, pdPage.getCropBox().getWidth());
        }

        @Override
        protected void processTextPosition(TextPosition glyph) {
            if (!glyph.getUnicode().isEmpty()) {
                page.add(glyph);
            }
        }

        @Override
        protected void endPage(PDPage pdPage) throws IOException {
            List<PdfRulings.Row> rows = PdfRulings.rows(pdPage);
            List<List<TextPosition>> inRows = new ArrayList<>();
            rows.forEach(row -> inRows.add(new ArrayList<>()));
            List<TextPosition> free = new ArrayList<>();
            for (TextPosition glyph : page) {
                int row = rowOf(rows, glyph);
                (row < 0 ? free : inRows.get(row)).add(glyph);
            }
            List<Line> pageLines = new ArrayList<>();
            addLines(free, pageLines, true);
            for (int i = 0; i < rows.size(); i++) {
                addRow(rows.get(i), inRows.get(i), pageLines);
            }
            pageLines.sort(Comparator.comparingDouble(Line::top));
            lines.addAll(pageLines);
        }

        /** The glyphs grouped into lines, top to bottom: a glyph more than a fraction of an em lower starts a new one. */
        private void addLines(List<TextPosition> glyphs, List<Line> into, boolean pageText) {
            glyphs.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
            List<TextPosition> line = new ArrayList<>();
            for (TextPosition glyph : glyphs) {
                if (!line.isEmpty() && Math.abs(glyph.getYDirAdj() - line.get(0).getYDirAdj()) > SAME_LINE * em(glyph)) {
                    addLine(line, into, pageText);
                    line = new ArrayList<>();
                }
                line.add(glyph);
            }
            addLine(line, into, pageText);
        }

        private static int rowOf(List<PdfRulings.Row> rows, TextPosition glyph) {
            float x = glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2;
            float y = glyph.getYDirAdj() - glyph.getHeightDir() / 2;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).holds(x, y)) {
                    return i;
                }
            }
            return -1;
        }

        /** A table row: each cell's lines joined, the cells separated by tabs, as one line of text. */
        private void addRow(PdfRulings.Row row, List<TextPosition> glyphs, List<Line> into) {
            if (glyphs.isEmpty()) {
                return;
            }
            List<List<TextPosition>> cells = new ArrayList<>();
            for (int i = 0; i < row.cells(); i++) {
                cells.add(new ArrayList<>());
            }
            for (TextPosition glyph : glyphs) {
                cells.get(row.cell(glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2)).add(glyph);
            }
            List<String> texts = new ArrayList<>();
            for (List<TextPosition> cell : cells) {
                List<Line> cellLines = new ArrayList<>();
                addLines(cell, cellLines, false);
                StringBuilder text = new StringBuilder();
                for (Line cellLine : cellLines) {
                    String part = cellLine.text().replace('\t', ' ').strip();
                    if (latin(last(text)) && !part.isEmpty() && latin(part.charAt(0))) {
                        text.append(' ');
                    }
                    text.append(part);
                }
                texts.add(text.toString());
            }
            String text = String.join("\t", texts);
            if (!text.isBlank()) {
                into.add(new Line(text, row.borders().get(0), row.borders().get(row.borders().size() - 1), 0, row.top(),
                        true));
            }
        }

        /** Lays out one printed line; page numbers are left out of the page's own text (not of a cell's). */
        private void addLine(List<TextPosition> glyphs, List<Line> into, boolean pageText) {
            if (glyphs.isEmpty()) {
                return;
            }
            glyphs.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            StringBuilder text = new StringBuilder();
            TextPosition previous = null;
            TextPosition firstInk = null;
            TextPosition lastInk = glyphs.get(0);
            for (TextPosition glyph : glyphs) {
                if (previous != null) {
                    float gap = glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
                    float em = Math.max(em(previous), em(glyph));
                    if (gap > CELL_GAP * em) {
                        text.append('\t');
                    } else if (gap > WORD_GAP * em && latin(last(text)) && latin(glyph.getUnicode().charAt(0))) {
                        text.append(' ');
                    }
                }
                text.append(glyph.getUnicode());
                if (!glyph.getUnicode().isBlank()) {
                    firstInk = firstInk == null ? glyph : firstInk;
                    lastInk = glyph;
                }
                previous = glyph;
            }
            String written = text.toString().replace('\u00A0', ' ').replace('\u3000', ' ').stripTrailing();
            if (firstInk == null || pageText && PAGE_NUMBER.matcher(written).matches()) {
                return;
            }
            // An indent written as spaces starts the line where its first character is printed.
            into.add(new Line(written, firstInk.getXDirAdj(), lastInk.getXDirAdj() + lastInk.getWidthDirAdj(),
                    em(lastInk), firstInk.getYDirAdj() - firstInk.getHeightDir(), false));
        }
    }

    /**
     * The lines as text, each wrapped paragraph on one line again. The right margin is taken as wide as the left
     * one (as 公文 are set) unless lines run further: a page of a few short lines has no line that wraps.
     */
    private static String join(List<Line> lines, float pageWidth) {
        float left = Float.MAX_VALUE;
        float right = 0;
        for (Line line : lines) {
            if (!line.hasCells()) {
                left = Math.min(left, line.start());
                right = Math.max(right, line.end());
            }
        }
        right = Math.max(right, pageWidth - left);
        StringBuilder text = new StringBuilder();
        Line previous = null;
        for (Line line : lines) {
            if (previous != null) {
                boolean continues = !previous.hasCells() && !line.hasCells()
                        && previous.end() >= right - WRAP_SLACK * previous.em()
                        && line.start() <= left + 0.5f * line.em()
                        && !Character.isWhitespace(line.text().charAt(0))
                        && !HEADING.matcher(line.text()).find()
                        && !opensField(line.text());
                if (!continues) {
                    text.append('\n');
                } else if (latin(last(text)) && latin(line.text().charAt(0))) {
                    text.append(' ');
                }
            }
            text.append(line.text());
            previous = line;
        }
        return text.isEmpty() ? "" : text.append('\n').toString();
    }

    private static boolean opensField(String text) {
        Matcher label = LABELLED.matcher(text);
        return label.find() && FieldLabels.kindOf(label.group(1)) != null;
    }

    private static boolean hasImages(PDDocument document) {
        for (PDPage page : document.getPages()) {
            if (hasImages(page.getResources(), 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasImages(PDResources resources, int depth) {
        if (resources == null || depth > 3) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            try {
                PDXObject object = resources.getXObject(name);
                if (object instanceof PDImageXObject) {
                    return true;
                }
                if (object instanceof PDFormXObject form && hasImages(form.getResources(), depth + 1)) {
                    return true;
                }
            } catch (IOException e) {
                // An unreadable object tells nothing about the page; look at the others.
            }
        }
        return false;
    }

    private static float em(TextPosition glyph) {
        float size = glyph.getFontSizeInPt();
        return size >= 2 ? size : Math.max(glyph.getHeightDir(), glyph.getWidthDirAdj());
    }

    private static char last(CharSequence text) {
        return text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
