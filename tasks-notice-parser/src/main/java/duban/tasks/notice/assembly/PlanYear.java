package duban.tasks.notice.assembly;

import duban.tasks.notice.header.HeaderFacts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a plan's undated deadlines (12月底前, 全年) fall in: its year of issue, else the one year its title names
 * (2025年开发区重点工作及责任清单). A title naming a span (2021—2025年) or no year gives none.
 */
final class PlanYear {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d—–~\\-至到])((?:19|20)\\d{2})\\s*年(?!\\s*[—–~\\-至到])");

    private PlanYear() {
    }

    static Integer of(HeaderFacts header) {
        if (header.issuedOn() != null) {
            return header.issuedOn().getYear();
        }
        Integer year = named(header.title());
        return year != null ? year : named(header.noticeTitle());
    }

    private static Integer named(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = YEAR.matcher(title);
        Integer found = null;
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (found != null && found != year) {
                return null; // two years: which one the plan's deadlines mean is not for us to guess
            }
            found = year;
        }
        return found;
    }
}
