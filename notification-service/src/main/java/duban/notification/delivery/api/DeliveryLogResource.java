package duban.notification.delivery.api;

import duban.http.security.CallerIdentity;
import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.notification.delivery.DeliveryStore;
import duban.notification.reminder.Recipients;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.reactive.mutiny.Mutiny;

@Path("/api/v1/units/{unitId}/deliveries")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryLogResource {

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    CallerIdentity caller;

    @Inject
    DeliveryStore store;

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_UNIT)
    @Operation(summary = "The delivery log: how each of a unit's reminders went over each channel",
            description = "Every delivery of the reminders sent to the unit (KAFKA, WEBHOOK, EMAIL; the inbox needs "
                    + "none), the latest reminder first, with its status, tries, the last answer or error and when it "
                    + "was delivered.")
    @APIResponse(responseCode = "200", description = "One page of the log",
            content = @Content(schema = @Schema(implementation = DeliveryLog.class)))
    @APIResponse(responseCode = "400", description = "Invalid unit id, channel, status or page")
    @APIResponse(responseCode = "403", description = "A unit's clerk asked for another unit's deliveries")
    public Uni<DeliveryLog> log(
            @PathParam("unitId") @Size(max = 100) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]+") String unitId,
            @Parameter(description = "Only this channel") @QueryParam("channel") @Pattern(regexp = "[A-Z_]{1,20}")
            String channel,
            @Parameter(description = "Only this status") @QueryParam("status")
            @Pattern(regexp = "PENDING|SENDING|DELIVERED|CANCELLED") String status,
            @Parameter(description = "The page, from 0") @QueryParam("page") @Min(0) @Max(100_000) Integer page,
            @Parameter(description = "Deliveries per page, 1 to 200 (default 50)") @QueryParam("size") @Min(1)
            @Max(200) Integer size) {
        Recipients.requireMayActFor(caller, unitId);
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        return sessions.withSession(session -> store.log(session, unitId, channel, status, p, s))
                .map(log -> new DeliveryLog(unitId, log.total(), p, s, log.items().stream()
                        .map(d -> new DeliveryLog.Item(d.id(), d.reminderId(), d.kind(), d.heading(), d.sentAt(),
                                d.channel(), d.target(), d.status(), d.attempts(), d.lastStatus(), d.lastError(),
                                d.nextAttemptAt(), d.deliveredAt())).toList()));
    }
}
