package duban.reporting.bulletin.api;

import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.reporting.bulletin.Bulletin;
import duban.reporting.bulletin.Bulletins;
import duban.reporting.bulletin.document.BulletinFileName;
import duban.reporting.bulletin.document.BulletinPage;
import duban.reporting.bulletin.document.BulletinWorkbook;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planId}/bulletins")
@Tag(name = "Bulletins", description = "A plan's monthly bulletin (台账进度通报) and assessment (考评)")
public class BulletinResource {

    private static final String DESCRIPTION = "Every unit on the plan's tasks: reports owed, on time, late and "
            + "missing; milestones due, met and overdue; attainment; score and rank within its category; the units "
            + "commended and named. A closed month reads the ledger as it stood at the end of its last day, so it "
            + "reads the same whenever it is made (the workbook and the page byte for byte too); the running month "
            + "is provisional (暂定).";
    private static final String MONTH = "yyyy-MM";

    @Inject
    Bulletins bulletins;

    @Inject
    BulletinPage page;

    private final BulletinWorkbook workbook = new BulletinWorkbook();

    @GET
    @Path("/{month: [^/.]+}")
    @Produces({MediaType.APPLICATION_JSON, BulletinWorkbook.MEDIA_TYPE, MediaType.TEXT_HTML})
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.ANY)
    @Operation(summary = "A plan's bulletin (台账进度通报) for a month, as JSON, an .xlsx workbook or a printable page",
            description = DESCRIPTION + " The Accept header chooses: application/json (also when it names none "
                    + "in particular), the .xlsx workbook (sheets 概况, 单位情况, 表扬与点名; numbers as numbers), "
                    + "or text/html, a printable page in Chinese with the scores as a bar chart; any other, 406.")
    @APIResponse(responseCode = "200", description = "The bulletin", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Bulletin.class)),
            @Content(mediaType = BulletinWorkbook.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "The month is not yyyy-MM")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "406", description = "The Accept header takes none of the three representations")
    public Response bulletin(@PathParam("planId") @Size(max = 100) String planId,
                             @Parameter(description = MONTH, example = "2017-11")
                             @PathParam("month") @Size(max = 20) String month,
                             HttpHeaders headers) {
        Representation representation = Representation.negotiate(accept(headers));
        return represent(find(planId, month), representation).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @GET
    @Path("/{month: [^/.]+}.{format}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.ANY)
    @Operation(summary = "A plan's bulletin for a month, the representation named by the suffix",
            description = DESCRIPTION + " 2017-11.json, 2017-11.xlsx and 2017-11.html are the representations of "
                    + "the month's bulletin, whatever the Accept header; another suffix is 404.")
    @APIResponse(responseCode = "200", description = "The bulletin", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Bulletin.class)),
            @Content(mediaType = BulletinWorkbook.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "The month is not yyyy-MM")
    @APIResponse(responseCode = "404", description = "No such plan, or no such representation")
    public Response bulletinFile(@PathParam("planId") @Size(max = 100) String planId,
                                 @Parameter(description = MONTH, example = "2017-11")
                                 @PathParam("month") @Size(max = 20) String month,
                                 @Parameter(description = "the representation",
                                         schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "xlsx", "html"}))
                                 @PathParam("format") @Size(max = 20) String format) {
        Representation representation = Representation.ofSuffix(format);
        return represent(find(planId, month), representation).build();
    }

    private Bulletin find(String planId, String month) {
        return bulletins.bulletin(planId, Months.parse(month)).orElseThrow(() -> Months.noSuchPlan(planId));
    }

    private Response.ResponseBuilder represent(Bulletin bulletin, Representation representation) {
        return switch (representation) {
            case JSON -> Response.ok(bulletin, MediaType.APPLICATION_JSON);
            case XLSX -> Response.ok(workbook.write(bulletin), BulletinWorkbook.MEDIA_TYPE)
                    .header(HttpHeaders.CONTENT_DISPOSITION, BulletinFileName.contentDisposition(bulletin, ".xlsx"));
            case HTML -> Response.ok(page.render(bulletin), BulletinPage.MEDIA_TYPE);
        };
    }

    private static List<String> accept(HttpHeaders headers) {
        List<String> values = headers.getRequestHeader(HttpHeaders.ACCEPT);
        return values == null ? List.of() : values;
    }
}
