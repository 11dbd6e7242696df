package duban.tasks.unit.api;

import duban.http.problem.AsOf;
import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.tasks.infrastructure.web.AggregateViews;
import duban.tasks.infrastructure.web.Idempotent;
import duban.tasks.infrastructure.web.IfMatch;
import duban.tasks.infrastructure.web.WriteHeaders;
import duban.tasks.infrastructure.web.Writes;
import duban.tasks.unit.command.DefineUnitGroup;
import duban.tasks.unit.command.RedefineUnitGroup;
import duban.tasks.unit.query.UnitGroupQueries;
import duban.tasks.unit.query.UnitGroupView;
import duban.tasks.unit.query.UnitReferences;
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

@Path("/api/v1/unit-groups")
@Tag(name = "Unit groups", description = "Phrases of the notices standing for many units (单位组), e.g. 各县(市)、区")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitGroupResource {

    @Inject
    UnitGroupQueries groups;

    @Inject
    UnitReferences references;

    @Inject
    Writes writes;

    @POST
    @Idempotent
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Define what a phrase stands for: a new unit group (单位组)")
    @APIResponse(responseCode = "201", description = "Defined; Location names the group, ETag its version",
            content = @Content(schema = @Schema(implementation = UnitGroupView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, each invalid field listed")
    @APIResponse(responseCode = "422", description = "unknown-unit: a member is no unit of the directory (with "
            + "close matches); a ledger rule (duplicate members); or the Idempotency-Key was used for another request")
    public Response define(@BeanParam WriteHeaders headers, @Valid @NotNull UnitGroupRequest request) {
        String groupId = UUID.randomUUID().toString();
        DefineUnitGroup command = new DefineUnitGroup(groupId, request.phrase().strip(), memberIds(request));
        return writes.created(headers, command, views(), groupId);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/{groupId}/redefinitions")
    @Operation(summary = "Replace a group's phrase and members",
            description = "E.g. when a district is created or a zone merged; the group stands for the new members "
                    + "from then on, and reads as of earlier instants still show the old ones.")
    @APIResponse(responseCode = "200", description = "Redefined; the group as it is now, ETag its new version",
            content = @Content(schema = @Schema(implementation = UnitGroupView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, each invalid field listed")
    @APIResponse(responseCode = "404", description = "No such group")
    @APIResponse(responseCode = "412", description = "If-Match names a stale version")
    @APIResponse(responseCode = "422", description = "unknown-unit (with close matches), a ledger rule (no-change), "
            + "or the Idempotency-Key was used for another request")
    public Response redefine(@PathParam("groupId") String groupId, @BeanParam WriteHeaders headers,
                             @Parameter(description = "The group's ETag as last read; a stale one answers 412")
                             @HeaderParam("If-Match") String ifMatch,
                             @Valid @NotNull UnitGroupRequest request) {
        Long expectedVersion = IfMatch.version(ifMatch);
        views().require(groupId);
        RedefineUnitGroup command = new RedefineUnitGroup(groupId, expectedVersion, request.phrase().strip(),
                memberIds(request));
        return writes.changed(headers, command, views(), groupId);
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.ANY)
    @Operation(summary = "List the unit groups by phrase, with their members")
    @APIResponse(responseCode = "200", description = "Every group as it is now (version not given: read one group)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = UnitGroupView.class)))
    public List<UnitGroupView> list() {
        return groups.list();
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.ANY)
    @Path("/{groupId}")
    @Operation(summary = "Read a unit group, now or as of a past instant")
    @APIResponse(responseCode = "200", description = "The group; ETag is its version",
            content = @Content(schema = @Schema(implementation = UnitGroupView.class)))
    @APIResponse(responseCode = "400", description = "asOf is not an instant")
    @APIResponse(responseCode = "404", description = "No such group (as of that instant)")
    public Response get(@PathParam("groupId") String groupId,
                        @Parameter(description = AsOf.DESCRIPTION_OR_NOW) @QueryParam("asOf") String asOf) {
        return views().read(groupId, asOf);
    }

    private List<String> memberIds(UnitGroupRequest request) {
        UnitReferences.Resolution resolution = references.resolution();
        List<String> ids = resolution.units("members", request.members());
        resolution.requireAllKnown();
        return ids;
    }

    private AggregateViews<UnitGroupView> views() {
        return new AggregateViews<>("unit group", groups::findAsOf, UnitGroupView::version);
    }
}
