package duban.tasks.notice.structure;

import duban.tasks.notice.text.ChineseNumerals;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section number at the start of a line.
 *
 * @param level     1 for 一、, 2 for (一), 3 for 1., 4 for (1), 5 for ①
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
