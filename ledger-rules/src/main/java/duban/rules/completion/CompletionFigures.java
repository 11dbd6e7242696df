package duban.rules.completion;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Completion figures over a set of tasks (a plan, an area, a unit's lead tasks).
 *
 * @param onTime             按期完成
 * @param late               超期办结
 * @param overdue            逾期未办结
 * @param notDue             未到期
 * @param onTimeRate         按期完成率 = onTime ÷ (onTime + late + overdue), a fraction with {@value #RATE_SCALE}
 *                           decimals, HALF_UP like the assessment's rates; null when no task is due (shown as —)
 * @param averageWorkingDays 平均办结时长 = the mean working days from assignment to approval over the completed tasks,
 *                           {@value #DAYS_SCALE} decimal, HALF_UP; null when none was completed
 */
public record CompletionFigures(int onTime, int late, int overdue, int notDue, BigDecimal onTimeRate,
                                BigDecimal averageWorkingDays) {

    public static final int RATE_SCALE = 4;
    public static final int DAYS_SCALE = 1;

    /** Tasks due as of the cut-off: completed ones and those whose final due date has passed. */
    public int due() {
        return onTime + late + overdue;
    }

    /** Adds tasks up one at a time. */
    public static final class Tally {
        private int onTime;
        private int late;
        private int overdue;
        private int notDue;
        private long workingDays;
        private int completed;

        /**
         * Counts one task.
         *
         * @param workingDays its 办结时长 when it is completed by the cut-off; ignored otherwise
         */
        public Tally add(CompletionState state, int workingDays) {
            switch (state) {
                case ON_TIME -> onTime++;
                case LATE -> late++;
                case OVERDUE -> overdue++;
                case NOT_DUE -> notDue++;
            }
            if (state == CompletionState.ON_TIME || state == CompletionState.LATE) {
                completed++;
                this.workingDays += workingDays;
            }
            return this;
        }

        public CompletionFigures figures() {
            int due = onTime + late + overdue;
            BigDecimal rate = due == 0 ? null
                    : BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(due), RATE_SCALE, RoundingMode.HALF_UP);
            BigDecimal average = completed == 0 ? null : BigDecimal.valueOf(workingDays)
                    .divide(BigDecimal.valueOf(completed), DAYS_SCALE, RoundingMode.HALF_UP);
            return new CompletionFigures(onTime, late, overdue, notDue, rate, average);
        }
    }
}
