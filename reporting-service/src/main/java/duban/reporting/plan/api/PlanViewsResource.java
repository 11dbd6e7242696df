package duban.reporting.plan.api;

import duban.http.problem.AsOf;
import duban.http.problem.ProblemException;
import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.reporting.plan.PeriodCompliance;
import duban.reporting.plan.PlanOverview;
import duban.reporting.plan.PlanViews;
import duban.reporting.plan.QuotaTable;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planId}")
@Tag(name = "Progress", description = "How a task (任务) and a plan (工作方案) are getting on")
@Produces(MediaType.APPLICATION_JSON)
public class PlanViewsResource {

    @Inject
    PlanViews views;

    @GET
    @Path("/overview")
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.ANY)
    @Operation(summary = "A plan's overview, now or as of a past instant",
            description = "Its leaf tasks counted overall and per area (一、二、…): by status, by signal, overdue "
                    + "milestones and missing reports; and the units with the most overdue items.")
    @APIResponse(responseCode = "200", description = "The overview",
            content = @Content(schema = @Schema(implementation = PlanOverview.class)))
    @APIResponse(responseCode = "400", description = "asOf is not an instant")
    @APIResponse(responseCode = "404", description = "No such plan (as of that instant)")
    public PlanOverview overview(@PathParam("planId") @Size(max = 100) String planId,
                                 @Parameter(description = AsOf.DESCRIPTION_OR_NOW) @QueryParam("asOf") String asOf) {
        return views.overview(planId, AsOf.parse(asOf)).orElseThrow(() -> noSuchPlan(planId));
    }

    @GET
    @Path("/quotas")
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.ANY)
    @Operation(summary = "A plan's quota table (目标分解表), now or as of a past instant",
            description = "Unit × target: the share each unit answers for (its own, each member's, or its group's), "
                    + "what it has achieved by its latest cumulative count, and its attainment.")
    @APIResponse(responseCode = "200", description = "The quota table",
            content = @Content(schema = @Schema(implementation = QuotaTable.class)))
    @APIResponse(responseCode = "400", description = "asOf is not an instant")
    @APIResponse(responseCode = "404", description = "No such plan (as of that instant)")
    public QuotaTable quotas(@PathParam("planId") @Size(max = 100) String planId,
                             @Parameter(description = AsOf.DESCRIPTION_OR_NOW) @QueryParam("asOf") String asOf) {
        return views.quotas(planId, AsOf.parse(asOf)).orElseThrow(() -> noSuchPlan(planId));
    }

    @GET
    @Path("/periods/{periodEnd}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.ANY)
    @Operation(summary = "Who owed a report for a reporting period of a plan, and how each did",
            description = "Every (task, unit) that owed the period named by its reporting day (the 5th, the 20th, or "
                    + "a task's own cadence's day): ON_TIME, LATE, MISSING or OPEN, with the deadline after any move "
                    + "past days off and when the report was filed.")
    @APIResponse(responseCode = "200", description = "The period's compliance",
            content = @Content(schema = @Schema(implementation = PeriodCompliance.class)))
    @APIResponse(responseCode = "400", description = "The period or asOf is not a date or instant")
    @APIResponse(responseCode = "404", description = "No such plan (as of that instant)")
    public PeriodCompliance period(@PathParam("planId") @Size(max = 100) String planId,
                                   @Parameter(description = "The reporting day naming the period, e.g. 2017-11-20")
                                   @PathParam("periodEnd") @Size(max = 20) String periodEnd,
                                   @Parameter(description = AsOf.DESCRIPTION_OR_NOW) @QueryParam("asOf") String asOf) {
        return views.period(planId, day(periodEnd), AsOf.parse(asOf)).orElseThrow(() -> noSuchPlan(planId));
    }

    private static LocalDate day(String text) {
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.getYear() < 1900 || day.getYear() > 9999) {
                throw new DateTimeParseException("out of range", text, 0);
            }
            return day;
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-date", "the period is named by its reporting day, "
                    + "written yyyy-MM-dd, e.g. 2017-11-20");
        }
    }

    private static ProblemException noSuchPlan(String planId) {
        return new ProblemException(404, "not-found", "Not found", "no such plan: " + planId);
    }
}
