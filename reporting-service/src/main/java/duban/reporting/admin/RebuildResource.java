package duban.reporting.admin;

import duban.http.problem.ProblemException;
import duban.http.security.Roles;
import duban.view.rebuild.LedgerRebuild;
import duban.view.rebuild.RebuildStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/rebuild")
@Tag(name = "Admin", description = "Operating the service")
@Produces(MediaType.APPLICATION_JSON)
public class RebuildResource {

    @Inject
    LedgerRebuild rebuild;

    @POST
    @RolesAllowed({Roles.SERVICE, Roles.SUPERVISOR})
    @Operation(summary = "Rebuild the ledger view from the topic",
            description = "Reads the whole ledger topic again into shadow tables while the service keeps serving, "
                    + "then switches to them in one transaction (rows written meanwhile are copied over, the old "
                    + "tables kept as *_previous) and loads a fresh memory. One rebuild at a time per database.")
    @APIResponse(responseCode = "202", description = "Started; follow it with GET",
            content = @Content(schema = @Schema(implementation = RebuildStatus.class)))
    @APIResponse(responseCode = "409", description = "A rebuild is running (here or on another instance)")
    public Response start() {
        RebuildStatus started = rebuild.start().orElseThrow(() -> new ProblemException(409, "rebuild-running",
                "A rebuild is running", "a rebuild of the ledger view is running on this database; follow it with "
                + "GET /api/v1/admin/rebuild"));
        return Response.accepted(started).build();
    }

    @GET
    @RolesAllowed({Roles.SERVICE, Roles.SUPERVISOR})
    @Operation(summary = "Where the last rebuild of this instance stands",
            description = "idle, running, switching, done or failed; records read and on the topic, the rate and the "
                    + "time to go, records skipped, rows copied at the switch and how long it held the tables, and the "
                    + "tables kept from before it.")
    @APIResponse(responseCode = "200", description = "The rebuild's status",
            content = @Content(schema = @Schema(implementation = RebuildStatus.class)))
    public RebuildStatus status() {
        return rebuild.status();
    }
}
