package duban.tasks.notice.timeline;

import duban.tasks.notice.model.CadenceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reporting cadences: 每半月, 每月, 每月5日、20日, 每周, 每季度 — when the clause is about reporting (报送,
 * 上报, 通报 …): "每月召开一次例会" is a meeting, not a report.
 */
public final class Cadences {

    /** A cadence found in a text, with the span of the words naming it. */
    public record Found(CadenceKind kind, List<Integer> days, int start, int end) {
    }

    private static final Pattern CADENCE = Pattern.compile(
            "每半个?月|半月一报|每月\\s*(?<days>\\d{1,2}\\s*日(?:\\s*[、,和及]\\s*\\d{1,2}\\s*日)*)|每月|每周|每星期|每季度?");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})\\s*日");

    private Cadences() {
    }

    public static Optional<Found> find(String text, int from, int to) {
        Matcher m = CADENCE.matcher(text).region(from, to);
        while (m.find()) {
            int clauseEnd = clauseEnd(text, m.end(), to);
            if (text.substring(m.start(), clauseEnd).contains("报")) {
                return Optional.of(new Found(kind(m.group()), days(m.group("days")), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static int clauseEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (",;。".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return to;
    }

    private static CadenceKind kind(String words) {
        if (words.contains("半")) {
            return CadenceKind.SEMI_MONTHLY;
        }
        if (words.contains("周") || words.contains("星期")) {
            return CadenceKind.WEEKLY;
        }
        if (words.contains("季")) {
            return CadenceKind.QUARTERLY;
        }
        return CadenceKind.MONTHLY;
    }

    private static List<Integer> days(String words) {
        List<Integer> days = new ArrayList<>();
        if (words != null) {
            Matcher m = DAY.matcher(words);
            while (m.find()) {
                days.add(Integer.parseInt(m.group(1)));
            }
        }
        return days;
    }
}
