package duban.tasks.notice;

import duban.tasks.notice.text.ChineseNumerals;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * Renders the numbers Word generates for list paragraphs (自动编号), which are not part of the paragraph's
 * text: counts per list and level, a level restarting its deeper levels, formats decimal, Chinese counting
 * (一、二、) and enclosed circles (①); bullets render as nothing.
 */
final class ListNumbers {

    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    ListNumbers(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    String label(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        if (numbering == null || numId == null) {
            return "";
        }
        BigInteger abstractId = numbering.getAbstractNumID(numId);
        XWPFAbstractNum abstractNum = abstractId == null ? null : numbering.getAbstractNum(abstractId);
        if (abstractNum == null) {
            return "";
        }
        CTAbstractNum definition = abstractNum.getCTAbstractNum();
        int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
        if (level >= definition.sizeOfLvlArray()) {
            return "";
        }
        int[] count = counters.computeIfAbsent(abstractId, id -> new int[LEVELS]);
        count[level] = count[level] == 0 ? start(definition.getLvlArray(level)) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        CTLvl lvl = definition.getLvlArray(level);
        if (lvl.getLvlText() == null || "bullet".equals(format(lvl))) {
            return "";
        }
        String label = lvl.getLvlText().getVal();
        for (int shown = 0; shown <= level && shown < definition.sizeOfLvlArray(); shown++) {
            int value = count[shown] == 0 ? start(definition.getLvlArray(shown)) : count[shown];
            label = label.replace("%" + (shown + 1), render(value, format(definition.getLvlArray(shown))));
        }
        return label;
    }

    private static int start(CTLvl lvl) {
        return lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
    }

    private static String format(CTLvl lvl) {
        return lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
    }

    private static String render(int value, String format) {
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital",
                    "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseCounting" -> ChineseNumerals.format(value);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                    value >= 1 && value <= 20 ? String.valueOf((char) ('\u2460' + value - 1)) : String.valueOf(value);
            default -> String.valueOf(value);
        };
    }
}
