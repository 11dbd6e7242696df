package duban.tasks.notice.structure;

import duban.tasks.notice.text.ChineseNumerals;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section number at the start of a line, or a heading written without one.
 *
 * @param level     1 for 一、, 2 for (一), 3 for 1., 4 for (1), 5 for ①; 0 for a heading without a number
 *                  standing above the first numbered ones (运城: "“十三五”应急体系9个具体建设任务" over (一)…)
 * @param token     the number as it appears in a task code: 一, (一), 1, (1), ①
 * @param ordinal   the number's value, for checking the sequence
 * @param markerEnd where the heading's text begins
 */
public record Heading(int level, String token, int ordinal, int markerEnd) {

    private static final String CN = "[一二三四五六七八九十百]+";
    private static final String FIRST_CHARS = "一二三四五六七八九十百(";
    private static final List<Pattern> LEVELS = List.of(
            Pattern.compile("^(" + CN + ")\\s*[、.]"),
            Pattern.compile("^\\(\\s*(" + CN + ")\\s*\\)"),
            Pattern.compile("^(\\d{1,3})\\s*[.、](?!\\d)"),
            Pattern.compile("^\\(\\s*(\\d{1,3})\\s*\\)"),
            Pattern.compile("^([\\u2460-\\u2473])"));

    /** Unnumbered headings are coded §1, §2 … in their order: a task code must name every task. */
    public static final String UNNUMBERED = "§";

    private static final int LONGEST_UNNUMBERED = 30;
    private static final Pattern NOT_A_HEADING = Pattern.compile(
            ".*([。,,;;::!?!?]|通知|方案|意见|办法|计划|要点|细则|措施|清单|安排|规划|分解|分工)$|.*[。:].*");

    /**
     * A short line without a number and without a sentence's punctuation, that does not read as the plan's or
     * the notice's title: it may head the numbered sections below it (the caller checks that they follow).
     */
    public static boolean unnumberedCandidate(String folded) {
        String s = folded.strip();
        return !s.isEmpty() && s.length() <= LONGEST_UNNUMBERED && detect(s).isEmpty()
                && !NOT_A_HEADING.matcher(s).matches() && !s.matches(".*\\d{4}\\s*年\\s*\\d{1,2}\\s*月.*");
    }

    static Heading unnumbered(int ordinal) {
        return new Heading(0, UNNUMBERED + ordinal, ordinal, 0);
    }

    public static Optional<Heading> detect(String folded) {
        if (folded.isEmpty() || FIRST_CHARS.indexOf(folded.charAt(0)) < 0 && !Character.isDigit(folded.charAt(0))
                && (folded.charAt(0) < '\u2460' || folded.charAt(0) > '\u2473')) {
            return Optional.empty();
        }
        for (int i = 0; i < LEVELS.size(); i++) {
            Matcher m = LEVELS.get(i).matcher(folded);
            if (m.find()) {
                String number = m.group(1);
                int level = i + 1;
                return Optional.of(new Heading(level, token(level, number), ordinal(level, number), m.end()));
            }
        }
        return Optional.empty();
    }

    private static String token(int level, String number) {
        return level == 2 || level == 4 ? "(" + number + ")" : number;
    }

    private static int ordinal(int level, String number) {
        if (level == 5) {
            return number.charAt(0) - '\u2460' + 1;
        }
        return (int) ChineseNumerals.parse(number).orElse(0);
    }
}
