package duban.notification.schedule.api;

import duban.http.security.CallerIdentity;
import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.notification.reminder.Recipients;
import duban.notification.schedule.UnitSchedules;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
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

@Path("/api/v1/units/{unitId}/schedule")
@Tag(name = "Schedules", description = "When each unit (单位) must report next")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    @Inject
    CallerIdentity caller;

    @Inject
    UnitSchedules schedules;

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_UNIT)
    @Operation(summary = "A unit's reporting schedule: what it owes, its next deadline and the reminders coming",
            description = "The reminders are those the service will send within the horizon (30 days by default) "
                    + "as the ledger stands now, each with its send time and the channels it will take: INBOX "
                    + "always, then KAFKA, WEBHOOK or EMAIL where the unit has set them up.")
    @APIResponse(responseCode = "200", description = "The schedule (no obligations when the unit holds no open task)",
            content = @Content(schema = @Schema(implementation = UnitSchedule.class)))
    @APIResponse(responseCode = "400", description = "Invalid unit id")
    @APIResponse(responseCode = "403", description = "A unit's clerk asked for another unit's schedule")
    public Uni<UnitSchedule> schedule(@PathParam("unitId") @Size(max = 100) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]+")
                                      String unitId) {
        // A unit sees its own schedule only.
        Recipients.requireMayActFor(caller, unitId);
        return schedules.of(unitId);
    }
}
