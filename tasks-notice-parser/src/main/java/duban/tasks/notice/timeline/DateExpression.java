package duban.tasks.notice.timeline;

/**
 * A date as written, before its year is known.
 *
 * @param year      the year when written, else null
 * @param month     1-12, or 12 for 年底
 * @param day       the day when written, else 0
 * @param part      which day of the month it means when no day is written
 * @param malformed written incompletely (2017年12底 lacks 月)
 * @param ambiguous "12月前": before December, or by its end
 * @param startDate a start (从10月份开始), not a due date
 */
public record DateExpression(int start, int end, Integer year, int month, int day, Part part,
        boolean malformed, boolean ambiguous, boolean startDate) {

    /** What day a date without a day means. */
    public enum Part {
        /** A day is written. */
        DAY,
        /** 月底 / 月末 / 下旬 / a bare month / 年底: the month's last day. */
        END,
        /** 上旬 / 月初: the 10th. */
        EARLY,
        /** 月中: the 15th. */
        MIDDLE,
        /** 中旬: the 20th. */
        MID_LATE
    }
}
