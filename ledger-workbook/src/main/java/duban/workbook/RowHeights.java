package duban.workbook;

/**
 * Estimates the height a row of wrapped text needs. Excel does not grow rows when it opens a file, so a row
 * left at the default height would show one line of a long 任务; we count the lines each cell wraps into.
 */
final class RowHeights {

    private static final float POINTS_PER_LINE = WorkbookStyles.FONT_POINTS + 4f;
    /** Excel's maximum row height. */
    private static final float MAX_POINTS = 409f;

    private RowHeights() {
    }

    /** The height in points for cells {@code texts} in columns of {@code widths} (Latin character widths). */
    static float points(String[] texts, int[] widths) {
        int lines = 1;
        for (int i = 0; i < texts.length; i++) {
            lines = Math.max(lines, lines(texts[i], widths[i]));
        }
        return Math.min(MAX_POINTS, lines * POINTS_PER_LINE + 4f);
    }

    static int lines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int usable = Math.max(1, width - 1);
        int lines = 0;
        for (String line : text.split("\\R", -1)) {
            int display = displayWidth(line);
            lines += Math.max(1, (display + usable - 1) / usable);
        }
        return lines;
    }

    /** A CJK or full-width character takes two Latin widths. */
    static int displayWidth(String line) {
        int width = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            width += codePoint >= 0x1100 ? 2 : 1;
            i += Character.charCount(codePoint);
        }
        return width;
    }
}
