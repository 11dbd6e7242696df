package duban.tasks.unit.api;

import duban.http.problem.Problem;
import duban.http.problem.ProblemMappers;
import duban.tasks.lookup.UnitNameTaken;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers a name claimed by a concurrent request, found only inside the command's transaction, as 409. */
public class UnitProblems {

    @ServerExceptionMapper
    public Response nameTaken(UnitNameTaken e) {
        return ProblemMappers.respond(409, UnitNames.TAKEN, "Unit name taken",
                "a unit's name or alias must name no other unit",
                List.of(new Problem.FieldError(e.claimedAsName() ? "name" : "alias", e.spelling() + " already names unit " + e.holderUnitId())));
    }
}
