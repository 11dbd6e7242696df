package duban.reporting.bulletin.api;

import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.reporting.bulletin.Bulletin;
import duban.reporting.bulletin.Bulletins;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planId}/bulletins")
@Tag(name = "Bulletins", description = "A plan's monthly bulletin (台账进度通报) and assessment (考评)")
public class BulletinResource {

    @Inject
    Bulletins bulletins;

    @GET
    @Path("/{month}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.ANY)
    @Operation(summary = "A plan's bulletin (台账进度通报) for a month",
            description = "Every unit on the plan's tasks: reports owed, on time, late and missing; milestones due, "
                    + "met and overdue; attainment; score and rank within its category; the units commended and "
                    + "named. A closed month reads the ledger as it stood at the end of its last day, so it reads the "
                    + "same whenever it is made; the running month is provisional.")
    @APIResponse(responseCode = "200", description = "The bulletin",
            content = @Content(schema = @Schema(implementation = Bulletin.class)))
    @APIResponse(responseCode = "400", description = "The month is not yyyy-MM")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Bulletin bulletin(@PathParam("planId") @Size(max = 100) String planId,
                             @PathParam("month") @Size(max = 20) String month) {
        return bulletins.bulletin(planId, Months.parse(month)).orElseThrow(() -> Months.noSuchPlan(planId));
    }
}
