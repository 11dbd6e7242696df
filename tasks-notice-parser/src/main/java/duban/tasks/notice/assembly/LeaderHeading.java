package duban.tasks.notice.assembly;

import duban.tasks.notice.model.LeaderLine;
import duban.tasks.notice.text.Snippet;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section heading that names the leader of the work under it, as tables grouped by leader write it:
 * (一)王宏副市长牵头重点工作, 二、李明常务副市长分管工作: a name with an office. The leader is kept as data, like a
 * 分管领导 line.
 */
final class LeaderHeading {

    /** What the kept line is labelled, as a 分管领导 field would be. */
    static final String LABEL = "牵头领导";

    private static final Pattern HEADING = Pattern.compile(
            "^\\s*(?<who>\\p{IsHan}{2,4}?(?:常务)?副?(?:市长|区长|县长|州长|省长|主任|秘书长|书记))(?:同志)?"
                    + "(?:牵头|负责|分管|联系)的?(?:重点|主要)?(?:工作|任务)");

    private LeaderHeading() {
    }

    static Optional<LeaderLine> read(Snippet heading, int line) {
        Matcher m = HEADING.matcher(heading.text());
        return m.find() ? Optional.of(new LeaderLine(LABEL, m.group("who"), line)) : Optional.empty();
    }
}
