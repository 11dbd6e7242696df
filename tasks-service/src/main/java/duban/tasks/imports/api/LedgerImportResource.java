package duban.tasks.imports.api;

import jakarta.annotation.security.RolesAllowed;
import duban.http.security.Roles;
import duban.http.problem.ProblemException;
import duban.tasks.imports.ImportSummary;
import duban.tasks.imports.ScriptRunner;
import duban.tasks.imports.ledger.LedgerImporter;
import duban.tasks.infrastructure.idempotency.IdempotentRequests;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path(LedgerImportResource.PATH)
@Tag(name = "Imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR})
public class LedgerImportResource {

    static final String PATH = "/api/v1/imports/ledger";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DRY_RUN = "true: only read the workbook and return the plan for review; "
            + "false or absent: import it";
    // Both methods are one operation of the API document (one POST per path): the first documents it, and the
    // second names only its body and its success, which the document would otherwise call plain "OK".
    private static final String SUMMARY = "Import a 工作台账 workbook (.xlsx), or only read it for review (dryRun=true)";
    private static final String DESCRIPTION = "The body is the workbook in the layout GET /api/v1/plans/{planId}/"
            + "ledger.xlsx writes (raw .xlsx body, or multipart/form-data with the part named file). The dry run "
            + "returns a summary first, as a notice's dry run does, then the plan as a notice import reads it: task "
            + "tree with codes, units, groups, milestones, "
            + "targets and warnings. The import issues the plan's commands in one transaction through the notice "
            + "import's pipeline; every id derives from the workbook's 文号, so importing it again changes nothing "
            + "(200 instead of 201).";
    private static final String OK_ANSWER = "Dry run: the summary and the plan read; import: nothing new (imported "
            + "before)";
    private static final String BAD_REQUEST = "An empty body, or a form without file part";
    private static final String TOO_LARGE = "The upload, or what it unpacks to, exceeds the limits";
    private static final String UNSUPPORTED = "The body is not an .xlsx workbook";
    private static final String LAYOUT = "Not the ledger's layout (sheet, header or cell named), or no task row";

    @Inject
    LedgerImporter importer;

    @Inject
    IdempotentRequests idempotentRequests;

    @ConfigProperty(name = "duban.imports.max-xlsx-bytes", defaultValue = "8388608")
    int maxXlsxBytes;

    @POST
    @Consumes(XLSX)
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = OK_ANSWER,
            content = @Content(schema = @Schema(anyOf = {NoticeReview.class, ImportSummary.class})))
    @APIResponse(responseCode = "201", description = "Imported",
            content = @Content(schema = @Schema(implementation = ImportSummary.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST)
    @APIResponse(responseCode = "413", description = TOO_LARGE)
    @APIResponse(responseCode = "415", description = UNSUPPORTED)
    @APIResponse(responseCode = "422", description = LAYOUT)
    public Response importWorkbook(byte[] body,
                                   @Parameter(description = DRY_RUN) @QueryParam("dryRun") boolean dryRun,
                                   @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return answer(checked(body), dryRun, idempotencyKey);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = LedgerUpload.class)))
    @APIResponse(responseCode = "200", description = OK_ANSWER)
    public Response importUpload(@RestForm("file") @Schema(hidden = true) FileUpload file,
                                 @Parameter(description = DRY_RUN) @QueryParam("dryRun") boolean dryRun,
                                 @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (file == null) {
            throw ProblemException.badRequest("missing-file", "send the workbook as the form part named file");
        }
        if (file.size() > maxXlsxBytes) {
            throw tooLarge(file.size());
        }
        byte[] body;
        try (InputStream content = Files.newInputStream(file.uploadedFile())) {
            body = content.readAllBytes();
        } catch (IOException e) {
            throw ProblemException.badRequest("unreadable-upload", "the uploaded file cannot be read");
        }
        return answer(checked(body), dryRun, idempotencyKey);
    }

    private byte[] checked(byte[] body) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("empty-workbook", "the body is empty: send the .xlsx workbook");
        }
        if (body.length > maxXlsxBytes) {
            throw tooLarge(body.length);
        }
        return body;
    }

    private ProblemException tooLarge(long size) {
        return new ProblemException(413, "ledger-too-large", "Workbook too large",
                "the workbook has " + size + " bytes; at most " + maxXlsxBytes + " are accepted");
    }

    private Response answer(byte[] workbook, boolean dryRun, String idempotencyKey) {
        if (dryRun) {
            return Response.ok(NoticeReview.of(importer.parse(workbook))).build();
        }
        // The file's digest stands for the request: the same key with another file is refused (422).
        return idempotentRequests.execute(idempotencyKey, "POST", PATH, UploadFingerprint.of(workbook),
                () -> imported(workbook, idempotencyKey));
    }

    private Response imported(byte[] workbook, String idempotencyKey) {
        ScriptRunner.Outcome outcome = importer.importLedger(workbook, idempotencyKey);
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(outcome.summary()).build();
    }

    /** The multipart form of a workbook upload, for the API document. */
    @Schema(name = "LedgerUpload")
    public static class LedgerUpload {
        @Schema(type = SchemaType.STRING, format = "binary", description = "the 工作台账 as an .xlsx file",
                required = true)
        public String file;
    }
}
