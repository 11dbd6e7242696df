package duban.notification.reminder;

import duban.http.problem.ProblemException;
import duban.http.security.CallerIdentity;
import duban.http.security.Roles;

/**
 * Who may act for a recipient of reminders. A unit's clerk acts for its own unit; the supervisors' copies go to the
 * pseudo-unit {@link PlannedReminder#SUPERVISORS}, which no unit's token may claim, whatever its unit claim says.
 */
public final class Recipients {

    private Recipients() {
    }

    /** Throws a 403 problem unless the caller may read or act on {@code unitId}'s reminders. */
    public static void requireMayActFor(CallerIdentity caller, String unitId) {
        if (PlannedReminder.SUPERVISORS.equals(unitId) && Roles.UNIT.equals(caller.role())) {
            throw new ProblemException(403, "supervisors-only", "Forbidden",
                    "the supervisors' copies are for supervisors and auditors only");
        }
        caller.requireMayActFor(unitId);
    }
}
