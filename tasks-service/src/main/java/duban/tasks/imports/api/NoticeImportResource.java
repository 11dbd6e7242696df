package duban.tasks.imports.api;

import java.nio.charset.StandardCharsets;
import duban.http.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import duban.http.problem.ProblemException;
import duban.tasks.imports.ImportSummary;
import duban.tasks.imports.NoticeImporter;
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

@Path(NoticeImportResource.PATH)
@Tag(name = "Imports", description = "Government notices (通知) read into plans, tasks, units, milestones and targets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR})
public class NoticeImportResource {

    private static final String DRY_RUN = "true: only parse the notice and return the plan for review; "
            + "false or absent: import it";
    // Both methods are one operation of the API document (one POST per path): the first documents it, and the
    // second names only its body and its success, which the document would otherwise call plain "OK".
    private static final String SUMMARY = "Import a notice (通知), or only parse it for review (dryRun=true)";
    private static final String DESCRIPTION = "The body is the notice's text (text/plain, read as UTF-8) or a "
            + "file (multipart/form-data, part named file): Word .docx, Word 97-2003 .doc, a PDF with text, or UTF-8 "
            + "text, told apart by the file's first bytes. A WPS Office document (.wps) or another kind of file is "
            + "refused (415), and so is a password-protected file, a scanned PDF without text (pdf-without-text: run "
            + "OCR first) or a damaged file (422); nothing is stored then. The dry run returns a summary first (tasks, "
            + "leaf tasks, units new and known, groups, milestones, targets, warnings by code), then the parsed plan: "
            + "header, task tree with codes, units, unit groups, milestones, targets and warnings with their lines. "
            + "The import issues the plan's commands in one transaction; every id derives from the notice's 文号, so "
            + "importing it again changes nothing (200 instead of 201).";
    private static final String OK_ANSWER = "Dry run: the summary and the parsed plan; import: nothing new (imported "
            + "before)";
    private static final String BAD_REQUEST = "An empty, oversized or not UTF-8 text (whatever charset it names); "
            + "a form without file part; a file too large, or a PDF of more pages or drawing instructions than any "
            + "notice has (notice-too-large)";
    private static final String NO_TASKS = "The text holds no task (nothing to import), or the Idempotency-Key was "
            + "used for another notice; a password-protected file (encrypted-notice), a PDF without text, such as a "
            + "scan (pdf-without-text), or a damaged file (damaged-notice-file)";
    private static final String UNSUPPORTED = "A file that is neither Word (.docx, .doc), PDF nor UTF-8 text "
            + "(unsupported-notice-format), a WPS Office document (wps-document), or another body type";

    static final String PATH = "/api/v1/imports/notices";

    @Inject
    NoticeImporter importer;

    @Inject
    IdempotentRequests idempotentRequests;

    @ConfigProperty(name = "duban.imports.max-text-bytes", defaultValue = "1048576")
    int maxTextBytes;

    @ConfigProperty(name = "duban.imports.max-file-bytes", defaultValue = "8388608")
    int maxFileBytes;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(type = SchemaType.STRING, description = "the notice's text, UTF-8")))
    @APIResponse(responseCode = "200", description = OK_ANSWER,
            content = @Content(schema = @Schema(anyOf = {NoticeReview.class, ImportSummary.class})))
    @APIResponse(responseCode = "201", description = "Imported",
            content = @Content(schema = @Schema(implementation = ImportSummary.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST)
    @APIResponse(responseCode = "415", description = UNSUPPORTED)
    @APIResponse(responseCode = "422", description = NO_TASKS)
    public Response importText(byte[] body,
                               @Parameter(description = DRY_RUN) @QueryParam("dryRun") boolean dryRun,
                               @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return answer(NoticeBody.text(body, maxTextBytes), dryRun, idempotencyKey);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = NoticeUpload.class)))
    @APIResponse(responseCode = "200", description = OK_ANSWER)
    public Response importFile(@RestForm("file") @Schema(hidden = true) FileUpload file,
                               @Parameter(description = DRY_RUN) @QueryParam("dryRun") boolean dryRun,
                               @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (file == null) {
            throw ProblemException.badRequest("missing-file", "send the notice as the form part named file");
        }
        String text;
        try (InputStream content = Files.newInputStream(file.uploadedFile())) {
            text = NoticeBody.file(file.fileName(), file.size(), content, maxFileBytes).text();
        } catch (IOException e) {
            throw ProblemException.badRequest("unreadable-upload", "the uploaded file cannot be read");
        }
        return answer(text, dryRun, idempotencyKey);
    }

    private Response answer(String text, boolean dryRun, String idempotencyKey) {
        if (dryRun) {
            return Response.ok(NoticeReview.of(importer.parse(text))).build();
        }
        // The text's digest stands for the request: the same key with another notice is refused (422).
        UploadFingerprint fingerprint = UploadFingerprint.of(text.getBytes(StandardCharsets.UTF_8));
        return idempotentRequests.execute(idempotencyKey, "POST", PATH, fingerprint,
                () -> imported(text, idempotencyKey));
    }

    private Response imported(String text, String idempotencyKey) {
        NoticeImporter.Outcome outcome = importer.importNotice(text, idempotencyKey);
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(outcome.summary()).build();
    }

    /** The multipart form of a file upload, for the API document. */
    @Schema(name = "NoticeUpload")
    public static class NoticeUpload {
        @Schema(type = SchemaType.STRING, format = "binary", description = "the notice as a file: Word .docx or "
                + ".doc, PDF with text, or UTF-8 text", required = true)
        public String file;
    }
}
