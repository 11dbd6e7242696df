package duban.rules.plan;

import java.util.Comparator;
import java.util.List;

/**
 * The order of a notice's task codes (二.(一).10): segment by segment, where 一 < 二 < … < 十 < 十一, (一) < (二),
 * 1 < 2 < 10 and (1) < (2), as the notice numbers them; a segment of no known form sorts after those, by its text.
 * Half-width and full-width parentheses are the same.
 */
public final class TaskCodeOrder implements Comparator<String> {

    public static final TaskCodeOrder INSTANCE = new TaskCodeOrder();

    private static final String DIGITS = "零一二三四五六七八九";
    private static final int UNKNOWN_FORM = 4;

    private TaskCodeOrder() {
    }

    @Override
    public int compare(String a, String b) {
        List<String> left = segments(a);
        List<String> right = segments(b);
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = compareSegment(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    /**
     * The area a task of this code belongs to: the code up to {@code depth} segments (一 at depth 1, 一.(二) at
     * depth 2), as written.
     */
    public static String area(String code, int depth) {
        List<String> segments = segments(code);
        return String.join(".", segments.subList(0, Math.min(depth, segments.size())).stream()
                .map(String::strip).toList());
    }

    /**
     * How deep a plan's areas lie: at the first level (一、二、…), unless every code shares its first segment and the
     * second level has tasks of its own (a notice whose one part 一、主要任务及分工 holds (一)…(九)), then at the second.
     */
    public static int areaDepth(List<String> codes) {
        long firsts = codes.stream().map(code -> area(code, 1)).distinct().count();
        return firsts == 1 && codes.stream().anyMatch(code -> segments(code).size() == 2) ? 2 : 1;
    }

    private static List<String> segments(String code) {
        return code == null ? List.of() : List.of(code.split("[.．]"));
    }

    private static int compareSegment(String a, String b) {
        Segment left = Segment.of(a);
        Segment right = Segment.of(b);
        int order = Integer.compare(left.form(), right.form());
        if (order == 0) {
            order = Long.compare(left.number(), right.number());
        }
        return order != 0 ? order : a.compareTo(b);
    }

    /** A segment's form (0 一, 1 (一), 2 1, 3 (1), 4 unknown) and its number. */
    private record Segment(int form, long number) {

        static Segment of(String text) {
            String trimmed = text.strip();
            boolean parenthesised = trimmed.length() > 2
                    && (trimmed.charAt(0) == '(' || trimmed.charAt(0) == '（')
                    && (trimmed.endsWith(")") || trimmed.endsWith("）"));
            String inner = parenthesised ? trimmed.substring(1, trimmed.length() - 1).strip() : trimmed;
            if (!inner.isEmpty() && inner.chars().allMatch(Character::isDigit) && inner.length() < 18) {
                return new Segment(parenthesised ? 3 : 2, Long.parseLong(inner));
            }
            long chinese = chineseNumber(inner);
            if (chinese >= 0) {
                return new Segment(parenthesised ? 1 : 0, chinese);
            }
            return new Segment(UNKNOWN_FORM, 0);
        }
    }

    /** 一 … 九十九 (and 百 for completeness), or -1 when the text is not such a number. */
    static long chineseNumber(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        long total = 0;
        long digit = -1;
        for (char c : text.toCharArray()) {
            int value = DIGITS.indexOf(c);
            if (value >= 0) {
                digit = value;
            } else if (c == '十' || c == '百') {
                long unit = c == '十' ? 10 : 100;
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            } else {
                return -1;
            }
        }
        return total + Math.max(digit, 0);
    }
}
