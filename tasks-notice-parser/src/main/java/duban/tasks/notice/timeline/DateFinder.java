package duban.tasks.notice.timeline;

import duban.tasks.notice.text.Brackets;
import duban.tasks.notice.text.ChineseNumerals;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates outside brackets: 2017年10月底前, 12月底前, 11月15日前, 2017年12月底, 年底前, 2017年12底前
 * (malformed), 2017-10-31, 到2025年 and 2025年前 (the year's end). Dates in brackets are remarks of the clause they stand in, not milestones.
 */
public final class DateFinder {

    private static final String CN_DIGIT = "[〇零一二三四五六七八九]";
    private static final String MONTH = "1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]";
    private static final String DAY = "[12][0-9]|3[01]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]";
    private static final String PART = "上旬|中旬|下旬|底|末|初|中";
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\d.])(?:(?<ay>\\d{4}|" + CN_DIGIT + "{4})\\s*年\\s*)?(?<am>" + MONTH + ")\\s*月份?\\s*"
                    + "(?:(?<ad>" + DAY + ")\\s*[日号]|(?<ap>" + PART + "))?"
            + "|(?<by>\\d{4})\\s*年\\s*(?<bm>1[0-2]|0?[1-9])\\s*(?<bp>底|末)"
            + "|(?:(?<cy>\\d{4})\\s*年|[今本当]年|(?<![\\d年])年)(?<cp>底|末|内)"
            + "|(?<iy>\\d{4})[-./](?<im>1[0-2]|0?[1-9])[-./](?<id>[12][0-9]|3[01]|0?[1-9])(?!\\d)"
            // 到2025年 / 至2025年 / 2025年前: by the end of that year; a year followed by a month, 底 or 度 is no such date.
            + "|(?<=[到至])\\s*(?<ty>\\d{4})\\s*年(?!\\s*(?:\\d|[〇零一二三四五六七八九十]|底|末|内|度))"
            + "|(?<fy>\\d{4})\\s*年(?=\\s*(?:之前|以前|前))");
    /** A timeline that is only 全年 (the whole year: done by its end), as tables of yearly work write it. */
    private static final Pattern WHOLE_YEAR = Pattern.compile("\\s*全年[。.\\s]*");
    private static final Pattern SUFFIX = Pattern.compile("\\s*(之前|以前|前|为止|止)");
    private static final Pattern START_AFTER = Pattern.compile("\\s*(开始|起(?!草))");

    private DateFinder() {
    }

    public static List<DateExpression> find(String text, Brackets brackets) {
        List<DateExpression> dates = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            if (brackets.depth(m.start()) != 0) {
                continue;
            }
            DateExpression date = expression(text, m);
            if (date != null) {
                dates.add(date);
            }
        }
        return dates;
    }

    /**
     * The dates of a 时间进度 / 完成时限 value: as {@link #find}, and a value that is only 全年 means the end of the plan's
     * year (in a task's own text, 全年 is a word of its targets: 全年组织开展2批).
     */
    public static List<DateExpression> findInTimeline(String text, Brackets brackets) {
        Matcher whole = WHOLE_YEAR.matcher(text);
        if (whole.matches()) {
            int start = text.indexOf('全');
            return List.of(new DateExpression(start, start + 2, null, 12, 0, DateExpression.Part.END, false, false,
                    false));
        }
        return find(text, brackets);
    }

    private static DateExpression expression(String text, Matcher m) {
        int end = m.end();
        Matcher suffix = SUFFIX.matcher(text).region(end, text.length());
        boolean before = suffix.lookingAt();
        if (before) {
            end = suffix.end();
        }
        boolean start = !before && (START_AFTER.matcher(text).region(end, text.length()).lookingAt()
                || m.start() > 0 && "从自".indexOf(text.charAt(m.start() - 1)) >= 0);
        if (m.group("am") != null) {
            if (!Character.isDigit(m.group("am").charAt(0)) && m.group("ay") == null && m.group("ad") == null
                    && m.group("ap") == null) {
                return null; // 统一月报: a Chinese numeral before 月 alone is a word, not a month
            }
            Integer year = number(m.group("ay"));
            int month = number(m.group("am"));
            if (m.group("ad") != null) {
                return new DateExpression(m.start(), end, year, month, number(m.group("ad")), DateExpression.Part.DAY,
                        false, false, start);
            }
            String part = m.group("ap");
            boolean bareMonth = part == null;
            return new DateExpression(m.start(), end, year, month, 0, part(part), false, bareMonth && before, start);
        }
        if (m.group("bm") != null) {
            return new DateExpression(m.start(), end, number(m.group("by")), number(m.group("bm")), 0,
                    DateExpression.Part.END, true, false, start);
        }
        if (m.group("cp") != null) {
            return new DateExpression(m.start(), end, number(m.group("cy")), 12, 0, DateExpression.Part.END,
                    false, false, start);
        }
        if (m.group("ty") != null || m.group("fy") != null) {
            String year = m.group("ty") != null ? m.group("ty") : m.group("fy");
            return new DateExpression(m.start(), end, number(year), 12, 0, DateExpression.Part.END, false, false,
                    false);
        }
        return new DateExpression(m.start(), end, number(m.group("iy")), number(m.group("im")),
                number(m.group("id")), DateExpression.Part.DAY, false, false, start);
    }

    private static DateExpression.Part part(String part) {
        if (part == null) {
            return DateExpression.Part.END;
        }
        return switch (part) {
            case "上旬", "初" -> DateExpression.Part.EARLY;
            case "中" -> DateExpression.Part.MIDDLE;
            case "中旬" -> DateExpression.Part.MID_LATE;
            default -> DateExpression.Part.END;
        };
    }

    private static Integer number(String s) {
        return s == null ? null : (int) ChineseNumerals.parse(s).orElseThrow();
    }
}
