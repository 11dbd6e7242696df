package duban.tasks.plan.api;

import duban.http.problem.AsOf;
import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.tasks.infrastructure.web.AggregateViews;
import duban.tasks.infrastructure.web.Idempotent;
import duban.tasks.infrastructure.web.IfMatch;
import duban.tasks.infrastructure.web.WriteHeaders;
import duban.tasks.infrastructure.web.Writes;
import duban.tasks.plan.command.AmendPlan;
import duban.tasks.plan.command.RegisterPlan;
import duban.tasks.plan.command.SetReportReview;
import duban.tasks.plan.query.PlanQueries;
import duban.tasks.plan.query.PlanSummary;
import duban.tasks.plan.query.PlanView;
import duban.tasks.plan.query.TaskNode;
import duban.tasks.plan.query.TaskTreeQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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

    @Inject
    PlanQueries plans;

    @Inject
    TaskTreeQuery tree;

    @Inject
    Writes writes;

    @POST
    @Idempotent
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Register a plan (工作方案)")
    @APIResponse(responseCode = "201", description = "Registered; Location names the plan, ETag its version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, each invalid field listed")
    @APIResponse(responseCode = "422", description = "Refused by a ledger rule (invalid-reporting-days, "
            + "invalid-time-zone), or the Idempotency-Key was used for another request")
    public Response register(@BeanParam WriteHeaders headers, @Valid @NotNull RegisterPlanRequest request) {
        String planId = UUID.randomUUID().toString();
        RegisterPlan command = new RegisterPlan(planId, request.title().strip(), request.docNumber(),
                request.issuer(), request.issuedOn(), request.reportingDays(), request.timeZone(),
                ReportingDayPolicy.recorded(request.reportingDayPolicy()));
        return writes.created(headers, command, views(), planId);
    }

    @POST
    @Idempotent
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
    public Response amend(@PathParam("planId") String planId, @BeanParam WriteHeaders headers,
                          @Parameter(description = "The plan's ETag as last read; a stale one answers 412")
                          @HeaderParam("If-Match") String ifMatch,
                          @Valid @NotNull AmendPlanRequest request) {
        Long expectedVersion = IfMatch.version(ifMatch);
        views().require(planId);
        AmendPlan command = new AmendPlan(planId, expectedVersion, request.title(), request.docNumber(),
                request.issuer(), request.issuedOn(), request.reportingDays(), request.timeZone(),
                ReportingDayPolicy.recorded(request.reportingDayPolicy()), request.reason());
        return writes.changed(headers, command, views(), planId);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/{planId}/report-review")
    @Operation(summary = "Require or stop the review (审核) of the plan's progress reports",
            description = "Off until required. While required, a supervisor accepts or returns every report of the "
                    + "plan's tasks (POST /api/v1/tasks/{taskId}/reports/{reportId}/acceptance, …/return). Setting it "
                    + "to what it is already records nothing (422 no-change).")
    @APIResponse(responseCode = "200", description = "Set; the plan as it is now (reportReview), ETag its new version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, each invalid field listed")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "412", description = "If-Match names a stale version")
    @APIResponse(responseCode = "422", description = "Review is set so already (no-change), or the Idempotency-Key "
            + "was used for another request")
    public Response setReportReview(@PathParam("planId") String planId, @BeanParam WriteHeaders headers,
                                    @Parameter(description = "The plan's ETag as last read; a stale one answers 412")
                                    @HeaderParam("If-Match") String ifMatch,
                                    @Valid @NotNull SetReportReviewRequest request) {
        Long expectedVersion = IfMatch.version(ifMatch);
        views().require(planId);
        SetReportReview command = new SetReportReview(planId, expectedVersion, request.required(), request.reason());
        return writes.changed(headers, command, views(), planId);
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
                        @Parameter(description = AsOf.DESCRIPTION_OR_NOW) @QueryParam("asOf") String asOf) {
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
                                @Parameter(description = AsOf.DESCRIPTION_OR_NOW) @QueryParam("asOf") String asOf) {
        Instant instant = AsOf.parse(asOf);
        views().require(planId, instant);
        return tree.tree(planId, instant);
    }

    private AggregateViews<PlanView> views() {
        return new AggregateViews<>("plan", plans::findAsOf, PlanView::version);
    }
}
