package duban.reporting.dashboard.api;

import duban.http.problem.AsOf;
import duban.http.security.CallerIdentity;
import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.reporting.dashboard.DashboardQuery;
import duban.reporting.dashboard.UnitDashboards;
import duban.reporting.web.QueryParameters;
import duban.rules.rag.Rag;
import duban.rules.status.TaskStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/units/{unitId}/dashboard")
@Tag(name = "Dashboards", description = "What each unit (单位) has to do, how it stands and what it last reported")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    CallerIdentity caller;

    @Inject
    UnitDashboards dashboards;

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_UNIT)
    @Operation(summary = "A unit's dashboard, now or as of a past instant",
            description = "Every task the unit stands on (lead, co-responsible, holder of a share, member of a group "
                    + "holding one) with its status, red/yellow/green signal and reasons, next milestone, open "
                    + "period and deadline, recent record, latest report and shares; the unit's counts and its "
                    + "record per period. Tasks by plan, then in the notice's order, a page at a time.")
    @APIResponse(responseCode = "200", description = "The dashboard (no tasks when the unit stands on none)",
            content = @Content(schema = @Schema(implementation = UnitDashboard.class)))
    @APIResponse(responseCode = "400", description = "Invalid unit id, asOf, filter or page")
    @APIResponse(responseCode = "403", description = "A unit's clerk asked for another unit's dashboard")
    public Response dashboard(
            @PathParam("unitId") @Size(max = 100) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]+") String unitId,
            @Parameter(description = AsOf.DESCRIPTION_OR_NOW) @QueryParam("asOf") String asOf,
            @Parameter(description = "Only this plan's tasks") @QueryParam("planId") @Size(max = 100) String planId,
            @Parameter(description = "Only tasks in this status: OPEN, SUSPENDED, COMPLETED or CANCELLED")
            @QueryParam("status") String status,
            @Parameter(description = "Only tasks of this signal for the unit: RED, YELLOW or GREEN")
            @QueryParam("signal") String signal,
            @Parameter(description = "The page, from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Tasks per page, 1 to 200 (default 50)") @QueryParam("size") Integer size) {
        // A unit sees its own dashboard only.
        caller.requireMayActFor(unitId);
        DashboardQuery query = new DashboardQuery(AsOf.parse(asOf), planId,
                QueryParameters.oneOf(TaskStatus.class, "status", status),
                QueryParameters.oneOf(Rag.class, "signal", signal),
                QueryParameters.between("page", page, 0, 100_000, 0),
                QueryParameters.between("size", size, 1, DashboardQuery.MAX_SIZE, DashboardQuery.DEFAULT_SIZE));
        return Response.ok(dashboards.json(unitId, query), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
