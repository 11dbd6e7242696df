package duban.tasks.notice.structure;

import duban.tasks.notice.header.IssueDates;
import duban.tasks.notice.header.PageNoise;
import duban.tasks.notice.text.Snippet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the plan's body begins (the first numbered section or table header) and ends (the 附件 line, page
 * noise, or a closing signature). A covering notice (通知) may number its own requests (一、各责任单位要…) and
 * sign before the plan it issues: numbered text that assigns no unit, closed by a signature with more numbered
 * text after it that does, is the covering notice and belongs to the header.
 *
 * @param header lines before the body
 * @param body   the numbered sections
 * @param footer lines after the body
 */
public record NoticeRegions(List<Snippet> header, List<Snippet> body, List<Snippet> footer) {

    private static final Pattern ATTACHMENT = Pattern.compile("^附\\s*件\\s*\\d*\\s*[:.]?.*");
    private static final Pattern CLOSING = Pattern.compile("^(抄送|印发|\\(此件)");
    private static final Pattern SIGNER = Pattern.compile(
            "[\\u4e00-\\u9fa5()]{2,30}(办公室|人民政府|委员会|领导小组|管委会|政府)");

    public static NoticeRegions of(List<Snippet> lines) {
        int start = 0;
        while (start < lines.size() && !startsBody(lines.get(start)) && StackedTable.header(lines, start).isEmpty()) {
            start++;
        }
        int end = bodyEnd(lines, start);
        while (end < lines.size() && !assignsUnits(lines, start, end)) {
            int next = end;
            while (next < lines.size() && !startsBody(lines.get(next))) {
                next++;
            }
            int nextEnd = bodyEnd(lines, next);
            if (next == lines.size() || !assignsUnits(lines, next, nextEnd)) {
                break;
            }
            start = next;
            end = nextEnd;
        }
        start = withUnnumberedHeading(lines, start);
        return new NoticeRegions(lines.subList(0, start), lines.subList(start, end), lines.subList(end, lines.size()));
    }

    /** The body begins one line earlier when that line heads its first sections, which are not areas (一、). */
    private static int withUnnumberedHeading(List<Snippet> lines, int start) {
        if (start == lines.size()) {
            return start;
        }
        Optional<Heading> first = Heading.detect(lines.get(start).text());
        if (first.isEmpty() || first.get().level() < 2) {
            return start;
        }
        int before = start - 1;
        while (before >= 0 && lines.get(before).isEmpty()) {
            before--;
        }
        return before >= 0 && Heading.unnumberedCandidate(lines.get(before).text()) ? before : start;
    }

    private static int bodyEnd(List<Snippet> lines, int start) {
        int end = start;
        boolean cellPerLine = false;
        while (end < lines.size() && !endsBody(lines, end, cellPerLine)) {
            cellPerLine |= !lines.get(end).isEmpty() && StackedTable.header(lines, end).isPresent();
            end++;
        }
        return end;
    }

    /** True when a line of the range names a responsibility (a labelled field, a bracket, a table header). */
    private static boolean assignsUnits(List<Snippet> lines, int from, int to) {
        for (Snippet line : lines.subList(from, to)) {
            if (!line.isEmpty() && (TableLayout.header(line).isPresent()
                    || !FieldSplitter.split(line).fields().isEmpty())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsBody(Snippet line) {
        return Heading.detect(line.text()).isPresent() || TableLayout.header(line).isPresent();
    }

    /**
     * In a table flattened one cell per line a date alone on its line is a deadline cell (2025年6月30日), not the
     * notice's signature date: there only an office's name followed by a date ends the body.
     */
    private static boolean endsBody(List<Snippet> lines, int at, boolean cellPerLine) {
        String text = lines.get(at).text();
        if (text.isEmpty()) {
            return false;
        }
        if (ATTACHMENT.matcher(text).matches() && !text.startsWith("附件中") || PageNoise.isNoise(text)) {
            return true;
        }
        if (!cellPerLine && IssueDates.wholeLine(text).isPresent()) {
            return true;
        }
        if (!SIGNER.matcher(text).matches()) {
            return false;
        }
        int date = nextLine(lines, at);
        // Under a cell-per-line table, 市政府办公室 then 2025年6月30日 may be a row's lead and deadline cells.
        return date >= 0 && IssueDates.wholeLine(lines.get(date).text()).isPresent()
                && (!cellPerLine || closesNotice(lines, nextLine(lines, date)));
    }

    private static boolean closesNotice(List<Snippet> lines, int next) {
        if (next < 0) {
            return true;
        }
        String text = lines.get(next).text();
        return ATTACHMENT.matcher(text).matches() || PageNoise.isNoise(text) || CLOSING.matcher(text).lookingAt();
    }

    private static int nextLine(List<Snippet> lines, int at) {
        for (int i = at + 1; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }
}
