package duban.tasks.infrastructure.web;

import duban.http.problem.ProblemException;
import duban.http.security.CallerIdentity;
import duban.http.security.Roles;
import duban.tasks.task.command.UnitFiledCommand;

/**
 * The last word on who may send which command, checked for every command whatever endpoint sent it: only a
 * supervisor sends what units do not file; auditors and services send nothing. What a unit files is the domain's to
 * judge ({@code OwnUnitRule}: a unit's own clerk only). Endpoint annotations say the same first; this keeps a
 * mistake there harmless.
 */
final class CommandPermissions {

    private CommandPermissions() {
    }

    static void check(Object command, CallerIdentity caller) {
        if (!(command instanceof UnitFiledCommand) && !Roles.SUPERVISOR.equals(caller.role())) {
            throw forbidden("forbidden", "the caller's role may not do this");
        }
    }

    private static ProblemException forbidden(String code, String detail) {
        return new ProblemException(403, code, "Forbidden", detail);
    }
}
