package duban.notification.email;

import duban.http.problem.Problem;
import duban.http.problem.ProblemException;
import duban.http.security.CallerIdentity;
import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.notification.reminder.Recipients;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.reactive.mutiny.Mutiny;

@Path("/api/v1/units/{unitId}/contacts")
@Tag(name = "Notifications", description = "Reminders (提醒) sent to each unit, and its channels")
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    private static final String ID = "[^\\x00-\\x1F\\x7F]+";

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    CallerIdentity caller;

    @Inject
    ContactStore contacts;

    @Inject
    EmailSwitch email;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_UNIT)
    @Operation(summary = "A unit's e-mail contacts, and whether e-mail is on",
            description = "The active contacts, the earliest added first; with removed=true the removed ones too, "
                    + "each with who removed it and when. The supervisors' contacts are those of the unit id "
                    + "SUPERVISORS (supervisors and auditors only).")
    @APIResponse(responseCode = "200", description = "The unit's contacts",
            content = @Content(schema = @Schema(implementation = Contacts.class)))
    @APIResponse(responseCode = "400", description = "Invalid unit id")
    @APIResponse(responseCode = "403", description = "A unit's clerk asked for another unit's contacts")
    public Uni<Contacts> list(@PathParam("unitId") @Size(max = 100) @Pattern(regexp = ID) String unitId,
                              @Parameter(description = "Also list removed contacts") @QueryParam("removed")
                              boolean removed) {
        Recipients.requireMayActFor(caller, unitId);
        return sessions.withSession(session -> contacts.of(session, unitId, removed))
                .map(list -> new Contacts(unitId, email.on(), (int) list.stream().filter(Contact::active).count(),
                        ContactStore.MAX_ACTIVE, list));
    }

    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_UNIT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an e-mail contact to a unit",
            description = "A unit's clerk adds to its own unit, a supervisor to any unit; the supervisors' own "
                    + "contacts (unit id SUPERVISORS) are added by supervisors only. One plain address: no display "
                    + "name, quotes, address literal, several addresses or line breaks; an internationalized domain "
                    + "is stored in ASCII and the domain in lower case. At most 20 active contacts per unit.")
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            content = @Content(schema = @Schema(implementation = Contact.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, each invalid field listed")
    @APIResponse(responseCode = "403", description = "A unit's clerk added to another unit, or to the supervisors")
    @APIResponse(responseCode = "409", description = "contact-exists: the unit has this address already (in any "
            + "case); too-many-contacts: the unit has 20 active contacts")
    public Uni<Response> add(@PathParam("unitId") @Size(max = 100) @Pattern(regexp = ID) String unitId,
                             @Valid @NotNull AddContactRequest request) {
        Recipients.requireMayActFor(caller, unitId);
        String address;
        try {
            address = MailAddress.normalize(request.address());
        } catch (MailAddress.Invalid invalid) {
            throw new ProblemException(400, "validation", "Invalid request", "1 field(s) are invalid",
                    List.of(new Problem.FieldError("address", invalid.getMessage())));
        }
        String name = request.name().strip();
        String by = caller.subject();
        return sessions.withTransaction(session -> contacts.add(session, unitId, name, address, by, clock.instant()))
                .map(contact -> Response.created(UriBuilder.fromPath("/api/v1/units/{u}/contacts/{id}")
                        .build(unitId, contact.id())).entity(contact).build());
    }

    @DELETE
    @Path("/{contactId}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_UNIT)
    @Operation(summary = "Remove an e-mail contact",
            description = "Marks it removed, with who removed it and when; it gets no more reminders.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "Invalid unit or contact id")
    @APIResponse(responseCode = "403", description = "A unit's clerk removed another unit's contact")
    @APIResponse(responseCode = "404", description = "The unit has no such active contact")
    public Uni<Void> remove(@PathParam("unitId") @Size(max = 100) @Pattern(regexp = ID) String unitId,
                            @PathParam("contactId") @Size(max = 36) @Pattern(regexp = ID) String contactId) {
        Recipients.requireMayActFor(caller, unitId);
        String by = caller.subject();
        return sessions.withTransaction(session -> contacts.remove(session, unitId, contactId, by, clock.instant()))
                .invoke(found -> {
                    if (!found) {
                        throw new ProblemException(404, "not-found", "Not found",
                                "the unit has no active contact " + contactId);
                    }
                })
                .replaceWithVoid();
    }
}
