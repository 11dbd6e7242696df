package duban.reporting.bulletin.document;

import duban.reporting.bulletin.Bulletin;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/** The words and number formats the workbook and the page share, so both read alike. */
final class BulletinLabels {

    /** Marks the month still running (暂定: provisional). */
    static final String PROVISIONAL = "（暂定）";
    static final String UNIT_SHEET_TITLE = "台账进度通报";
    /** A figure with nothing to measure (no task due, none completed). */
    static final String NONE = "—";

    private BulletinLabels() {
    }

    /** 2017年11月 */
    static String month(String month) {
        YearMonth parsed = YearMonth.parse(month);
        return parsed.getYear() + "年" + parsed.getMonthValue() + "月";
    }

    /** The plan's title, the month and, for the running month, （暂定）. */
    static String title(Bulletin bulletin) {
        String plan = bulletin.planTitle() == null ? bulletin.planId() : bulletin.planTitle();
        return plan + " " + UNIT_SHEET_TITLE + " " + month(bulletin.month())
                + (bulletin.provisional() ? PROVISIONAL : "");
    }

    /** What the figures stand for: the whole closed month, or the running month so far. */
    static String basis(Bulletin bulletin) {
        return bulletin.provisional()
                ? "本月尚未结束，数据统计至读取时刻，仅供参考，以月末通报为准"
                : "数据统计截至" + month(bulletin.month()) + "末";
    }

    /** A rate of 0 to 1 as a percentage with two decimals: 0.8 → 80.00%; empty when there is none. */
    static String percent(BigDecimal rate) {
        return rate == null ? "" : rate.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP)
                .toPlainString() + "%";
    }

    /** A completion rate as a percentage, or — when no task was due: nothing to divide by. */
    static String completionRate(BigDecimal rate) {
        return rate == null ? NONE : percent(rate);
    }

    /** Mean working days to completion, or — when none was completed. */
    static String workingDays(BigDecimal days) {
        return days == null ? NONE : days.toPlainString();
    }

    /** A score as the JSON writes it (100.00); empty when the unit owed nothing. */
    static String score(BigDecimal score) {
        return score == null ? "" : score.toPlainString();
    }
}
