package duban.notification.webhook.api;

import duban.http.problem.ProblemException;
import duban.http.security.CallerIdentity;
import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.notification.reminder.Recipients;
import duban.notification.webhook.Webhooks;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/units/{unitId}/webhooks")
@Tag(name = "Webhooks", description = "URLs that receive a unit's reminders, signed, and their delivery logs")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private static final String ID = "[^\\x00-\\x1F\\x7F]+";

    @Inject
    CallerIdentity caller;

    @Inject
    Webhooks webhooks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_UNIT)
    @Operation(summary = "Register a webhook: the unit's reminders are POSTed to it, signed",
            description = "Every reminder the unit gets from now on is POSTed as JSON (the data of the "
                    + "duban.notification.reminder-sent.v1 record) with the headers Duban-Webhook-Id, "
                    + "Duban-Delivery-Id, Duban-Timestamp (unix seconds) and Duban-Signature: v1=<hex HMAC-SHA256 of "
                    + "\"<timestamp>.<body>\" keyed with the secret>. A 2xx answer delivers it; anything else, or no "
                    + "answer within 10 s, is retried with growing pauses (10 s doubling to an hour). The secret is "
                    + "in this answer only. The supervisors' copies go to the webhooks of the unit id SUPERVISORS.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it; the secret is shown this once",
            content = @Content(schema = @Schema(implementation = NewWebhook.class)))
    @APIResponse(responseCode = "400", description = "Not an http or https URL, a URL with a user name or password, "
            + "or too long")
    @APIResponse(responseCode = "403", description = "A unit's clerk registered for another unit")
    @APIResponse(responseCode = "409", description = "The unit has as many active webhooks as it may (10)")
    public Uni<Response> register(@PathParam("unitId") @Size(max = 100) @Pattern(regexp = ID) String unitId,
                                  @Valid @NotNull WebhookRequest request, @Context UriInfo uri) {
        Recipients.requireMayActFor(caller, unitId);
        return webhooks.register(unitId, request.url(), request.description(), caller.subject())
                .map(webhook -> Response.created(uri.getAbsolutePathBuilder().path(webhook.id()).build())
                        .entity(NewWebhook.of(webhook)).build());
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_UNIT)
    @Operation(summary = "A unit's webhooks, active and deactivated, the oldest first; never their secrets")
    @APIResponse(responseCode = "200", description = "The webhooks",
            content = @Content(schema = @Schema(implementation = WebhookView.class, type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid unit id")
    @APIResponse(responseCode = "403", description = "A unit's clerk asked for another unit's webhooks")
    public Uni<List<WebhookView>> list(@PathParam("unitId") @Size(max = 100) @Pattern(regexp = ID) String unitId) {
        Recipients.requireMayActFor(caller, unitId);
        return webhooks.ofUnit(unitId).map(all -> all.stream().map(WebhookView::of).toList());
    }

    @DELETE
    @Path("/{webhookId}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_UNIT)
    @Operation(summary = "Deactivate a webhook", description = "It receives nothing more: its deliveries not made "
            + "yet are cancelled, never tried again. It stays listed, with its delivery log. Deactivating it again "
            + "changes nothing.")
    @APIResponse(responseCode = "204", description = "Deactivated")
    @APIResponse(responseCode = "400", description = "Invalid unit or webhook id")
    @APIResponse(responseCode = "403", description = "A unit's clerk deactivated another unit's webhook")
    @APIResponse(responseCode = "404", description = "The unit has no such webhook")
    public Uni<Void> deactivate(@PathParam("unitId") @Size(max = 100) @Pattern(regexp = ID) String unitId,
                                @PathParam("webhookId") @Size(max = 36) @Pattern(regexp = ID) String webhookId) {
        Recipients.requireMayActFor(caller, unitId);
        return webhooks.deactivate(unitId, webhookId).invoke(found -> {
            if (!found) {
                throw ProblemException.notFound("webhook", webhookId);
            }
        }).replaceWithVoid();
    }

    @GET
    @Path("/{webhookId}/deliveries")
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_UNIT)
    @Operation(summary = "A webhook's delivery log: every try, the latest first",
            description = "Each try with its time, duration, the receiver's status code or the error, and the first "
                    + "2000 characters of its answer.")
    @APIResponse(responseCode = "200", description = "One page of the log",
            content = @Content(schema = @Schema(implementation = WebhookAttempts.class)))
    @APIResponse(responseCode = "400", description = "Invalid unit or webhook id, or page")
    @APIResponse(responseCode = "403", description = "A unit's clerk asked for another unit's webhook")
    @APIResponse(responseCode = "404", description = "The unit has no such webhook")
    public Uni<WebhookAttempts> attempts(
            @PathParam("unitId") @Size(max = 100) @Pattern(regexp = ID) String unitId,
            @PathParam("webhookId") @Size(max = 36) @Pattern(regexp = ID) String webhookId,
            @Parameter(description = "The page, from 0") @QueryParam("page") @Min(0) @Max(100_000) Integer page,
            @Parameter(description = "Tries per page, 1 to 200 (default 50)") @QueryParam("size") @Min(1) @Max(200)
            Integer size) {
        Recipients.requireMayActFor(caller, unitId);
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        return webhooks.find(unitId, webhookId).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().failure(ProblemException.notFound("webhook", webhookId));
            }
            return webhooks.attempts(webhookId, p, s).map(log -> new WebhookAttempts(webhookId, log.total(), p, s,
                    log.attempts().stream().map(a -> new WebhookAttempts.Attempt(a.deliveryId(), a.reminderId(),
                            a.attempt(), a.triedAt(), a.durationMs(), a.delivered(), a.statusCode(), a.error(),
                            a.responseBody())).toList()));
        });
    }
}
