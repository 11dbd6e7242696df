package duban.tasks.infrastructure.web;

import duban.http.problem.ProblemException;
import duban.http.security.CallerIdentity;
import duban.http.security.Roles;
import duban.tasks.task.command.UnitFiledCommand;

/**
 * The last word on who may send which command, checked for every command whatever endpoint sent it: a
 * unit's clerk files only its own unit's commands; only a supervisor sends the others; auditors and
 * services send none. Endpoint annotations say the same first; this keeps a mistake there harmless.
 */
final class CommandPermissions {

    private CommandPermissions() {
    }

    static void check(Object command, CallerIdentity caller) {
        String role = caller.role();
        if (command instanceof UnitFiledCommand filed) {
            if (!Roles.UNIT.equals(role)) {
                throw forbidden("filed-by-units-only", "only the clerk of the unit it names may file this");
            }
            caller.requireMayActFor(filed.unitId());
        } else if (!Roles.SUPERVISOR.equals(role)) {
            throw forbidden("forbidden", "the caller's role may not do this");
        }
    }

    private static ProblemException forbidden(String code, String detail) {
        return new ProblemException(403, code, "Forbidden", detail);
    }
}
