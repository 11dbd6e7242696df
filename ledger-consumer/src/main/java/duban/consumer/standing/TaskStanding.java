package duban.consumer.standing;

import duban.rules.duty.ReportingDuty;
import duban.rules.duty.UnitStanding;
import duban.rules.status.TaskStatus;
import java.util.Map;

/**
 * Every unit on a task with its standing, and whether the task binds them to report now.
 *
 * @param standings by unit id, leads first
 */
public record TaskStanding(String taskId, String planId, TaskStatus status, boolean leaf,
                           Map<String, UnitStanding> standings) {

    /** Whether the units that owe reports owe them now: a running leaf task. */
    public boolean binds() {
        return ReportingDuty.binds(status, leaf);
    }

    /** Whether {@code unitId} owes reports on the task now. */
    public boolean owes(String unitId) {
        UnitStanding standing = standings.get(unitId);
        return binds() && standing != null && standing.owesReports();
    }
}
