package duban.tasks.plan.api;

import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.tasks.infrastructure.web.AggregateViews;
import duban.tasks.infrastructure.web.AggregateWrites;
import duban.tasks.infrastructure.web.AsOf;
import duban.tasks.infrastructure.web.IfMatch;
import duban.tasks.plan.command.AmendPlan;
import duban.tasks.plan.command.RegisterPlan;
import duban.tasks.plan.query.PlanQueries;
import duban.tasks.plan.query.PlanSummary;
import duban.tasks.plan.query.PlanView;
import duban.tasks.plan.query.TaskNode;
import duban.tasks.plan.query.TaskTreeQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans")
@Tag(name = "Plans", description = "Plans (工作方案): one government notice each, and their task trees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    private static final String KEY = "Makes the POST safe to repeat: the same key with the same body answers "
            + "the first result again and records nothing new; with another body, 422";
    private static final String AS_OF = "ISO-8601 instant with offset, e.g. 2017-11-20T12:00:00+08:00; "
            + "absent means now";

    @Inject
    PlanQueries plans;

    @Inject
    TaskTreeQuery tree;

    @Inject
    AggregateWrites writes;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Register a plan (工作方案)")
    @APIResponse(responseCode = "201", description = "Registered; Location names the plan, ETag its version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, each invalid field listed")
    @APIResponse(responseCode = "422", description = "Refused by a ledger rule (invalid-reporting-days, "
            + "invalid-time-zone), or the Idempotency-Key was used for another request")
    public Response register(@Valid @NotNull RegisterPlanRequest request,
                             @Parameter(description = KEY) @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return writes.create(uri, idempotencyKey, request, views(), planId -> new RegisterPlan(planId,
                request.title().strip(), request.docNumber(), request.issuer(), request.issuedOn(),
                request.reportingDays(), request.timeZone(), request.reportingDayPolicy()));
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/{planId}/amendments")
    @Operation(summary = "Amend a plan's header or reporting rules",
            description = "Only the fields present change; the amendment records exactly what changed and why.")
    @APIResponse(responseCode = "200", description = "Amended; the plan as it is now, ETag its new version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, each invalid field listed")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "412", description = "If-Match names a stale version")
    @APIResponse(responseCode = "422", description = "Refused by a ledger rule (no-change, invalid-reporting-days, "
            + "invalid-time-zone), or the Idempotency-Key was used for another request")
    public Response amend(@PathParam("planId") String planId,
                          @Valid @NotNull AmendPlanRequest request,
                          @Parameter(description = "The plan's ETag as last read; a stale one answers 412")
                          @HeaderParam("If-Match") String ifMatch,
                          @Parameter(description = KEY) @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Long expectedVersion = IfMatch.version(ifMatch);
        return writes.change(uri, idempotencyKey, request, views(), planId, () -> new AmendPlan(planId,
                expectedVersion, request.title(), request.docNumber(), request.issuer(), request.issuedOn(),
                request.reportingDays(), request.timeZone(), request.reportingDayPolicy(), request.reason()));
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.ANY)
    @Operation(summary = "List the plans, the most recently issued first")
    @APIResponse(responseCode = "200", description = "Every registered plan",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PlanSummary.class)))
    public List<PlanSummary> list() {
        return plans.list();
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.ANY)
    @Path("/{planId}")
    @Operation(summary = "Read a plan, now or as of a past instant")
    @APIResponse(responseCode = "200", description = "The plan; ETag is its version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "asOf is not an instant")
    @APIResponse(responseCode = "404", description = "No such plan (as of that instant)")
    public Response get(@PathParam("planId") String planId,
                        @Parameter(description = AS_OF) @QueryParam("asOf") String asOf) {
        return views().read(planId, asOf);
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.ANY)
    @Path("/{planId}/tasks")
    @Operation(summary = "The plan's task tree, now or as of a past instant",
            description = "Areas (一、), items ((一), 1.) and leaves ((1)), each level in the notice's order; every "
                    + "node with its status and its lead and co-responsible units by id and name.")
    @APIResponse(responseCode = "200", description = "The areas of the plan, each with its children",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TaskNode.class)))
    @APIResponse(responseCode = "400", description = "asOf is not an instant")
    @APIResponse(responseCode = "404", description = "No such plan (as of that instant)")
    public List<TaskNode> tasks(@PathParam("planId") String planId,
                                @Parameter(description = AS_OF) @QueryParam("asOf") String asOf) {
        Instant instant = AsOf.parse(asOf);
        views().require(planId, instant);
        return tree.tree(planId, instant);
    }

    private AggregateViews<PlanView> views() {
        return new AggregateViews<>("plan", plans::findAsOf, PlanView::version);
    }
}
