package duban.tasks.notice.header;

import duban.tasks.notice.text.ChineseNumerals;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A line that is a date and nothing else: 2017年9月28日, 二〇一七年九月二十八日, 2017-09-28. */
public final class IssueDates {

    private static final String NUM = "[0-9〇零一二三四五六七八九十]";
    private static final Pattern CHINESE_STYLE =
            Pattern.compile("(" + NUM + "{4})\\s*年\\s*(" + NUM + "{1,3})\\s*月\\s*(" + NUM + "{1,3})\\s*日");
    private static final Pattern ISO_STYLE = Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})");

    private static final int LONGEST_DATE_LINE = 24;

    private IssueDates() {
    }

    public static Optional<LocalDate> wholeLine(String folded) {
        String s = folded.trim();
        if (s.length() > LONGEST_DATE_LINE || s.indexOf('年') < 0 && s.indexOf('-') < 0 && s.indexOf('.') < 0) {
            return Optional.empty();
        }
        Matcher m = CHINESE_STYLE.matcher(s);
        if (m.matches()) {
            return date(m);
        }
        m = ISO_STYLE.matcher(s);
        return m.matches() ? date(m) : Optional.empty();
    }

    /** A date anywhere in the line (发布日期:2017-09-28), for page noise that carries the date. */
    public static Optional<LocalDate> anywhere(String folded) {
        Matcher m = CHINESE_STYLE.matcher(folded);
        if (m.find()) {
            return date(m);
        }
        m = ISO_STYLE.matcher(folded);
        return m.find() ? date(m) : Optional.empty();
    }

    private static Optional<LocalDate> date(Matcher m) {
        OptionalLong year = ChineseNumerals.parse(m.group(1));
        OptionalLong month = ChineseNumerals.parse(m.group(2));
        OptionalLong day = ChineseNumerals.parse(m.group(3));
        if (year.isEmpty() || month.isEmpty() || day.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of((int) year.getAsLong(), (int) month.getAsLong(), (int) day.getAsLong()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
