package duban.tasks.task.domain;

import duban.events.task.LeaderLine;
import duban.events.task.ReportingCadence;
import duban.tasks.domain.rule.Require;
import duban.tasks.domain.rule.Violation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a task keeps from its notice as data only (报送频次, 分管领导 / 牵头负责领导): checked for shape, never
 * used to assign or judge. Null stays null: it means the notice (or the client) did not state it.
 */
final class NoticeData {

    private NoticeData() {
    }

    static ReportingCadence cadence(ReportingCadence cadence) {
        if (cadence == null) {
            return null;
        }
        Require.present(cadence.frequency(), "reportingCadence.frequency");
        Require.text(cadence.text(), "reportingCadence.text");
        List<Integer> days = Require.listOrEmpty(cadence.daysOfMonth(), "reportingCadence.daysOfMonth");
        Set<Integer> seen = new HashSet<>();
        for (int day : days) {
            // A task's own days come verbatim from its notice (每月30日), so any day of a month is allowed here.
            if (day < 1 || day > 31 || !seen.add(day)) {
                throw Violation.INVALID_REPORTING_DAYS.because(
                        "reportingCadence.daysOfMonth must be distinct days between 1 and 31: " + days);
            }
        }
        return new ReportingCadence(cadence.frequency(), cadence.startsOn(), days, cadence.text());
    }

    static List<LeaderLine> leaders(List<LeaderLine> leaders) {
        if (leaders == null) {
            return null;
        }
        for (LeaderLine leader : Require.listOrEmpty(leaders, "leaders")) {
            Require.text(leader.role(), "leaders.role");
            Require.text(leader.text(), "leaders.text");
        }
        return List.copyOf(leaders);
    }
}
