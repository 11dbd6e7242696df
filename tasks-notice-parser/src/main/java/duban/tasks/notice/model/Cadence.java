package duban.tasks.notice.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A reporting cadence a task's timeline sets (从10月份开始每半月报送工作进展情况).
 *
 * @param startsOn     the first day it applies, null when the notice gives no start
 * @param daysOfMonth  the reporting days when named (每月5日、20日), else empty
 * @param text         the clause it comes from, verbatim
 */
public record Cadence(CadenceKind kind, LocalDate startsOn, List<Integer> daysOfMonth, String text, int line) {

    public Cadence {
        daysOfMonth = List.copyOf(daysOfMonth);
    }
}
