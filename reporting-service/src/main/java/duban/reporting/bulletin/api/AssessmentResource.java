package duban.reporting.bulletin.api;

import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.reporting.bulletin.Assessment;
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

@Path("/api/v1/plans/{planId}/assessments/{month}")
@Tag(name = "Bulletins", description = "A plan's monthly bulletin (台账进度通报) and assessment (考评)")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    Bulletins bulletins;

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.ANY)
    @Operation(summary = "A plan's assessment (考评) for a month: each unit's score and why",
            description = "40 × on-time reports + 40 × milestones met by their date + 20 × target attainment (weights "
                    + "by configuration, per plan); a component with nothing owed passes its weight on. Ranked within "
                    + "the unit's category. A closed month reads the ledger at its end; the running month is "
                    + "provisional.")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(schema = @Schema(implementation = Assessment.class)))
    @APIResponse(responseCode = "400", description = "The month is not yyyy-MM")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Assessment assessment(@PathParam("planId") @Size(max = 100) String planId,
                                 @PathParam("month") @Size(max = 20) String month) {
        return bulletins.assessment(planId, Months.parse(month)).orElseThrow(() -> Months.noSuchPlan(planId));
    }
}
