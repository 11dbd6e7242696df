package duban.tasks.notice.targets;

import duban.tasks.notice.model.Quantity;
import duban.tasks.notice.text.ChineseNumerals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts with a measure word: 30家, 1-2家, 一家, 26个, 95次. Not counts: ordinals (第二批), 一批 (an
 * indefinite "some"), 一次性, digits inside a unit's name (中电科22所) or a date, anything in brackets deeper
 * than the text searched.
 */
public final class Quantities {

    private static final String NUMBER = "\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+";
    private static final String MEASURE = "场次|人次|万平方米|平方米|亿元|万元|家|个|项|次|场|所|批|只|支|件|名|人|条|座|套|处|篇|台|期|元|亩";
    private static final Pattern COUNT = Pattern.compile(
            "(" + NUMBER + ")(?:\\s*[-~—～至到]\\s*(" + NUMBER + "))?\\s*(" + MEASURE + ")");

    private Quantities() {
    }

    public static List<QuantityMatch> find(TextIndex index, int from, int to) {
        List<QuantityMatch> found = new ArrayList<>();
        if (from >= to) {
            return found;
        }
        String text = index.text();
        int depth = index.depth(from, to);
        Matcher m = COUNT.matcher(text).region(from, to);
        while (m.find()) {
            if (index.brackets().depth(m.start()) != depth || index.masked(m.start()) || excluded(text, m)) {
                continue;
            }
            Quantity quantity = quantity(m.group(1), m.group(2));
            if (quantity != null) {
                found.add(new QuantityMatch(m.start(), m.end(), quantity, m.group(3)));
            }
        }
        return found;
    }

    private static boolean excluded(String text, Matcher m) {
        if (m.start() > 0 && text.charAt(m.start() - 1) == '第') {
            return true;
        }
        if ("一".equals(m.group(1)) && "批".equals(m.group(3)) && m.group(2) == null) {
            return true;
        }
        return m.end() < text.length() && text.charAt(m.end()) == '性';
    }

    private static Quantity quantity(String low, String high) {
        BigDecimal min = number(low);
        BigDecimal max = high == null ? min : number(high);
        return min == null || max == null ? null : new Quantity(min, max);
    }

    private static BigDecimal number(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return new BigDecimal(s);
        }
        return ChineseNumerals.parse(s).isPresent() ? BigDecimal.valueOf(ChineseNumerals.parse(s).getAsLong()) : null;
    }
}
