package duban.tasks.notice;

import duban.tasks.notice.text.ChineseNumerals;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * Renders the numbers Word 97–2003 generates for list paragraphs (自动编号), which are not part of a .doc
 * paragraph's text, as {@link ListNumbers} does for .docx: counts per list and level, a level restarting its deeper
 * levels, formats decimal, Chinese counting (一、二、) and enclosed circles (①); bullets render as nothing.
 */
final class DocListNumbers {

    private static final int LEVELS = 9;
    /** Number formats (nfc) written with Chinese numerals: ideographic digital, counting, legal, thousand. */
    private static final Set<Integer> CHINESE = Set.of(10, 11, 14, 33, 35, 37, 38, 39);
    /** Enclosed circles ① and their Chinese variant. */
    private static final Set<Integer> CIRCLED = Set.of(18, 28);
    private static final int BULLET = 23;

    private final Map<Integer, int[]> counters = new HashMap<>();

    String label(Paragraph paragraph) {
        if (!paragraph.isInList()) {
            return "";
        }
        HWPFList list;
        try {
            list = paragraph.getList();
        } catch (RuntimeException e) {
            // A list paragraph pointing at a list the file does not define: its number is lost, its text is not.
            return "";
        }
        int level = Math.max(0, Math.min(paragraph.getIlvl(), LEVELS - 1));
        int[] count = counters.computeIfAbsent(list.getLsid(), id -> new int[LEVELS]);
        count[level] = count[level] == 0 ? list.getStartAt((char) level) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        if (list.getNumberFormat((char) level) == BULLET) {
            return "";
        }
        String template = list.getNumberText((char) level);
        if (template == null) {
            return "";
        }
        StringBuilder label = new StringBuilder();
        for (char c : template.toCharArray()) {
            if (c < LEVELS) {
                int value = count[c] == 0 ? list.getStartAt(c) : count[c];
                label.append(render(value, list.getNumberFormat(c)));
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    private static String render(int value, int format) {
        if (CHINESE.contains(format)) {
            return ChineseNumerals.format(value);
        }
        if (CIRCLED.contains(format) && value >= 1 && value <= 20) {
            return String.valueOf((char) ('\u2460' + value - 1));
        }
        return String.valueOf(value);
    }
}
