package duban.view.slice;

import duban.rules.period.ReportingPeriod;
import java.util.List;

/**
 * A unit's reporting record on one task.
 *
 * @param periods every period it owed whose deadline had passed, oldest first, and the period open then if owed
 * @param open    the period open then, when the unit owes it; null otherwise
 * @param next    the next period it will owe after the open one (or its first, when its duty has not started);
 *                null when it owes nothing more
 */
public record UnitRecord(String unitId, List<PeriodState> periods, PeriodState open, ReportingPeriod next) {

    public UnitRecord {
        periods = List.copyOf(periods);
    }
}
