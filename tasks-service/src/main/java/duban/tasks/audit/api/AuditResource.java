package duban.tasks.audit.api;

import duban.http.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import duban.http.problem.Problem;
import duban.http.problem.ProblemException;
import duban.tasks.audit.query.AuditEventQueries;
import duban.tasks.audit.query.AuditPage;
import duban.tasks.audit.verify.ChainVerifier;
import duban.tasks.audit.verify.VerifyReport;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit")
@Tag(name = "Audit", description = "The audit trail (审计留痕): every stored event, and evidence that none was altered")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR})
public class AuditResource {

    @Inject
    AuditEventQueries queries;

    @Inject
    ChainVerifier verifier;

    @GET
    @Path("/events")
    @Operation(summary = "Read the global stream of stored events, paged by global index",
            description = "Events of every aggregate in global-index order, each with its metadata and hashes. "
                    + "Pass nextAfter as after to read the next page; an event committed late never appears "
                    + "below a page already served.")
    @APIResponse(responseCode = "200", description = "A page of events; empty when there is nothing after 'after'",
            content = @Content(schema = @Schema(implementation = AuditPage.class),
                    examples = @ExampleObject(name = "page", value = AuditExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "after or limit is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "limit too large", value = AuditExamples.INVALID_LIMIT)))
    public AuditPage events(
            @Parameter(description = "Only events with a greater global index; -1 (the default) from the start",
                    schema = @Schema(type = SchemaType.INTEGER,
                            format = "int64", minimum = "-1", defaultValue = "-1"))
            @QueryParam("after") String after,
            @Parameter(description = "At most this many events, 1 to " + AuditEventQueries.MAX_LIMIT,
                    schema = @Schema(type = SchemaType.INTEGER,
                            minimum = "1", maximum = "1000", defaultValue = "100"))
            @QueryParam("limit") String limit) {
        return queries.page(parseAfter(after), parseLimit(limit));
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Verify that no stored event was edited, deleted, inserted or reordered, and that every "
            + "attachment is stored intact",
            description = "Walks every event's hash chain in global-index order and every checkpoint, and names "
                    + "the first broken link; then reads and hashes every file the ledger's reports name and lists "
                    + "each one missing, corrupt (another hash) or of another size than stated. Reads the whole "
                    + "store and every attachment: expect it to take a while on a large ledger.")
    @APIResponse(responseCode = "200", description = "The outcome; intact is false when a link is broken, "
            + "attachmentsIntact when a named file is missing or corrupt",
            content = @Content(schema = @Schema(implementation = VerifyReport.class), examples = {
                    @ExampleObject(name = "intact", value = AuditExamples.INTACT),
                    @ExampleObject(name = "edited", value = AuditExamples.EDITED),
                    @ExampleObject(name = "last event deleted", value = AuditExamples.LAST_DELETED),
                    @ExampleObject(name = "attachment corrupt", value = AuditExamples.ATTACHMENT_CORRUPT)}))
    @APIResponse(responseCode = "500", description = "The store could not be read")
    public VerifyReport verify() {
        return verifier.verify();
    }

    private static long parseAfter(String text) {
        if (text == null || text.isBlank()) {
            return -1;
        }
        try {
            long after = Long.parseLong(text.trim());
            if (after < -1) {
                throw new NumberFormatException();
            }
            return after;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("invalid-after",
                    "after must be a global index (0 or more) or -1 for the start of the stream");
        }
    }

    private static int parseLimit(String text) {
        if (text == null || text.isBlank()) {
            return AuditEventQueries.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit >= 1 && limit <= AuditEventQueries.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest("invalid-limit",
                "limit must be a whole number from 1 to " + AuditEventQueries.MAX_LIMIT);
    }
}
