package duban.tasks.notice.structure;

import duban.tasks.notice.header.IssueDates;
import duban.tasks.notice.header.PageNoise;
import duban.tasks.notice.text.Snippet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the plan's body begins (the first numbered section or table header) and ends (the 附件 line, page
 * noise, or a closing signature).
 *
 * @param header lines before the body
 * @param body   the numbered sections
 * @param footer lines after the body
 */
public record NoticeRegions(List<Snippet> header, List<Snippet> body, List<Snippet> footer) {

    private static final Pattern ATTACHMENT = Pattern.compile("^附\\s*件\\s*\\d*\\s*[:.]?.*");
    private static final Pattern SIGNER = Pattern.compile(
            "[\\u4e00-\\u9fa5()]{2,30}(办公室|人民政府|委员会|领导小组|管委会|政府)");

    public static NoticeRegions of(List<Snippet> lines) {
        int start = 0;
        while (start < lines.size() && !startsBody(lines.get(start))) {
            start++;
        }
        int end = start;
        while (end < lines.size() && !endsBody(lines, end)) {
            end++;
        }
        return new NoticeRegions(lines.subList(0, start), lines.subList(start, end), lines.subList(end, lines.size()));
    }

    private static boolean startsBody(Snippet line) {
        return Heading.detect(line.text()).isPresent() || TableLayout.header(line).isPresent();
    }

    private static boolean endsBody(List<Snippet> lines, int at) {
        String text = lines.get(at).text();
        if (text.isEmpty()) {
            return false;
        }
        if (ATTACHMENT.matcher(text).matches() && !text.startsWith("附件中") || PageNoise.isNoise(text)) {
            return true;
        }
        if (IssueDates.wholeLine(text).isPresent()) {
            return true;
        }
        return SIGNER.matcher(text).matches() && nextIsDate(lines, at);
    }

    private static boolean nextIsDate(List<Snippet> lines, int at) {
        for (int i = at + 1; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                return IssueDates.wholeLine(lines.get(i).text()).isPresent();
            }
        }
        return false;
    }
}
