package duban.notification.inbox;

import duban.http.problem.ProblemException;
import duban.http.security.CallerIdentity;
import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.notification.reminder.Recipients;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.reactive.mutiny.Mutiny;

@Path("/api/v1/units/{unitId}/notifications")
@Tag(name = "Notifications", description = "Reminders (提醒) sent to each unit, and its channels")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    private static final String UNIT_ID = "[^\\x00-\\x1F\\x7F]+";

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    CallerIdentity caller;

    @Inject
    InboxStore inbox;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_UNIT)
    @Operation(summary = "A unit's inbox: the reminders sent to it, unread first",
            description = "Before reporting days and due dates, when overdue, and urges (催办). The supervisors' copies "
                    + "of overdue notices are the inbox of the unit id SUPERVISORS (supervisors and auditors only).")
    @APIResponse(responseCode = "200", description = "One page of the inbox",
            content = @Content(schema = @Schema(implementation = Inbox.class)))
    @APIResponse(responseCode = "400", description = "Invalid unit id or page")
    @APIResponse(responseCode = "403", description = "A unit's clerk asked for another unit's inbox")
    public Uni<Inbox> list(@PathParam("unitId") @Size(max = 100) @Pattern(regexp = UNIT_ID) String unitId,
                           @Parameter(description = "The page, from 0") @QueryParam("page") @Min(0) @Max(100_000)
                           Integer page,
                           @Parameter(description = "Reminders per page, 1 to 200 (default 50)") @QueryParam("size")
                           @Min(1) @Max(200) Integer size) {
        Recipients.requireMayActFor(caller, unitId);
        return sessions.withSession(session -> inbox.page(session, unitId, page == null ? 0 : page,
                size == null ? 50 : size));
    }

    @POST
    @Path("/{notificationId}/read")
    @RolesAllowed({Roles.SUPERVISOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_UNIT)
    @Operation(summary = "Mark a reminder read", description = "Its first reading stays; reading it again changes "
            + "nothing.")
    @APIResponse(responseCode = "204", description = "Marked read")
    @APIResponse(responseCode = "400", description = "Invalid unit or reminder id")
    @APIResponse(responseCode = "403", description = "A unit's clerk marked another unit's reminder")
    @APIResponse(responseCode = "404", description = "The unit has no such reminder")
    public Uni<Void> read(@PathParam("unitId") @Size(max = 100) @Pattern(regexp = UNIT_ID) String unitId,
                          @PathParam("notificationId") @Size(max = 36) @Pattern(regexp = UNIT_ID) String id) {
        Recipients.requireMayActFor(caller, unitId);
        return sessions.withTransaction(session -> inbox.markRead(session, unitId, id, clock.instant()))
                .invoke(found -> {
                    if (!found) {
                        throw new ProblemException(404, "not-found", "Not found", "the unit has no reminder " + id);
                    }
                })
                .replaceWithVoid();
    }
}
