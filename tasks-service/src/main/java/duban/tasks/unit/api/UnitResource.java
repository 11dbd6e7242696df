package duban.tasks.unit.api;

import duban.events.unit.UnitCategory;
import duban.http.problem.AsOf;
import duban.http.problem.Problem;
import duban.http.problem.ProblemException;
import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.tasks.infrastructure.web.AggregateViews;
import duban.tasks.infrastructure.web.Idempotent;
import duban.tasks.infrastructure.web.IfMatch;
import duban.tasks.infrastructure.web.WriteHeaders;
import duban.tasks.infrastructure.web.Writes;
import duban.tasks.unit.command.AddUnitAlias;
import duban.tasks.unit.command.RegisterUnit;
import duban.tasks.unit.query.UnitCategories;
import duban.tasks.unit.query.UnitEntry;
import duban.tasks.unit.query.UnitQueries;
import duban.tasks.unit.query.UnitView;
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

@Path("/api/v1/units")
@Tag(name = "Units", description = "The unit directory (单位名录): units and the names they go by")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    UnitQueries units;

    @Inject
    Writes writes;

    @POST
    @Idempotent
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Register a unit (单位) with the short names it goes by",
            description = "No two units share a name or alias: a name or alias some unit already goes by is refused.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the unit, ETag its version",
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, each invalid field listed")
    @APIResponse(responseCode = "409", description = "unit-name-taken: another unit goes by the name or an alias; "
            + "alias-already-held: an alias is listed twice")
    @APIResponse(responseCode = "422", description = "Refused by a ledger rule (alias-equals-name), or the "
            + "Idempotency-Key was used for another request")
    public Response register(@BeanParam WriteHeaders headers, @Valid @NotNull RegisterUnitRequest request) {
        UnitCategory category = UnitCategories.parse(request.category()).orElseThrow(UnitResource::unknownCategory);
        String name = request.name().strip();
        List<String> aliases = request.aliases() == null ? List.of()
                : request.aliases().stream().map(String::strip).toList();
        String unitId = UUID.randomUUID().toString();
        return writes.created(headers, new RegisterUnit(unitId, name, category, aliases), views(), unitId);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("/{unitId}/aliases")
    @Operation(summary = "Make a unit known by one more name (简称)",
            description = "An alias some other unit already goes by is refused.")
    @APIResponse(responseCode = "200", description = "Added; the unit as it is now, ETag its new version",
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, each invalid field listed")
    @APIResponse(responseCode = "404", description = "No such unit")
    @APIResponse(responseCode = "409", description = "unit-name-taken: another unit goes by this name; "
            + "alias-already-held: the unit has this alias already")
    @APIResponse(responseCode = "412", description = "If-Match names a stale version")
    @APIResponse(responseCode = "422", description = "Refused by a ledger rule (alias-equals-name), or the "
            + "Idempotency-Key was used for another request")
    public Response addAlias(@PathParam("unitId") String unitId, @BeanParam WriteHeaders headers,
                             @Parameter(description = "The unit's ETag as last read; a stale one answers 412")
                             @HeaderParam("If-Match") String ifMatch,
                             @Valid @NotNull AddAliasRequest request) {
        Long expectedVersion = IfMatch.version(ifMatch);
        String alias = request.alias().strip();
        views().require(unitId);
        return writes.changed(headers, new AddUnitAlias(unitId, expectedVersion, alias), views(), unitId);
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.ANY)
    @Operation(summary = "The unit directory (单位名录), now or as of a past instant",
            description = "By category, then by name in pinyin order; as of an instant it holds exactly the units "
                    + "and aliases recorded up to then.")
    @APIResponse(responseCode = "200", description = "Every unit with its aliases",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = UnitEntry.class)))
    @APIResponse(responseCode = "400", description = "asOf is not an instant")
    public List<UnitEntry> directory(@Parameter(description = AsOf.DESCRIPTION_OR_NOW) @QueryParam("asOf") String asOf) {
        return units.directory(AsOf.parse(asOf));
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.ANY)
    @Path("/{unitId}")
    @Operation(summary = "Read a unit, now or as of a past instant")
    @APIResponse(responseCode = "200", description = "The unit; ETag is its version",
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", description = "asOf is not an instant")
    @APIResponse(responseCode = "404", description = "No such unit (as of that instant)")
    public Response get(@PathParam("unitId") String unitId,
                        @Parameter(description = AsOf.DESCRIPTION_OR_NOW) @QueryParam("asOf") String asOf) {
        return views().read(unitId, asOf);
    }

    private static ProblemException unknownCategory() {
        return new ProblemException(400, "validation", "Invalid request", "1 field(s) are invalid",
                List.of(new Problem.FieldError("category", "must be one of " + UnitCategories.accepted())));
    }

    private AggregateViews<UnitView> views() {
        return new AggregateViews<>("unit", units::findAsOf, UnitView::version);
    }
}
