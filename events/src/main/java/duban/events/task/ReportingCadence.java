package duban.events.task;

import java.time.LocalDate;
import java.util.List;

/**
 * How often a task reports (报送频次), as its timeline sets it: "从10月份开始每半月报送工作进展情况".
 *
 * @param frequency   每周, 每半月, 每月 or 每季度
 * @param startsOn    the first day it applies (从10月份开始 → 2017-10-01); null when the notice gives no start
 * @param daysOfMonth the reporting days when the notice names them (每月5日、20日 → 5, 20); empty otherwise
 * @param text        the clause it comes from, verbatim
 */
public record ReportingCadence(ReportingFrequency frequency, LocalDate startsOn, List<Integer> daysOfMonth, String text) {
}
