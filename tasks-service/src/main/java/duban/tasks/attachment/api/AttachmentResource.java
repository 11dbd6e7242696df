package duban.tasks.attachment.api;

import duban.http.problem.Problem;
import duban.http.problem.ProblemException;
import duban.http.security.Roles;
import duban.http.security.UnitScope;
import duban.tasks.attachment.Attachments;
import duban.tasks.attachment.catalog.CatalogEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Uploading the files reports name (证明材料) and downloading them by their SHA-256. */
@Path(AttachmentResource.PATH)
@Tag(name = "Attachments", description = "Files (证明材料) a progress report names by name, size and SHA-256")
public class AttachmentResource {

    static final String PATH = "/api/v1/attachments";
    private static final String SHA256 = "[0-9a-f]{64}";
    private static final int COPY_BUFFER = 64 * 1024;

    private static final String SUMMARY = "Upload a file a report will name";
    private static final String DESCRIPTION = "The body is the file itself, its Content-Type one of the accepted "
            + "media types and its name given by Content-Disposition: attachment; filename*=UTF-8''… (or the query "
            + "parameter name); or a multipart/form-data form with one file part named file. The file is streamed "
            + "to storage while the server computes its SHA-256; the first bytes must be those of the declared type "
            + "(PDF, PNG, JPEG, GIF, WebP, Office: docx/xlsx/pptx as ZIP, doc/xls/ppt/wps as OLE2; plain text). "
            + "Files are kept by content: the same bytes uploaded again are stored once, and every accepted upload "
            + "answers 201 with the same sha256 (the caller is recorded as one of its uploaders), so an answer "
            + "never tells whether someone else uploaded the file. A report then names it by name, size and sha256.";
    private static final String CREATED = "Stored (or already stored); Location names the file";
    private static final String BAD_REQUEST = "No file name, an empty file, or a form without exactly one file part";
    private static final String TOO_LARGE = "The file exceeds duban.attachments.max-size (20 MiB by default)";
    private static final String UNSUPPORTED = "A media type not accepted, or content not of the declared type";

    @Inject
    Attachments attachments;

    @Inject
    AttachmentReaders readers;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.ANY)
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(required = true, content = {
        @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/*", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "application/*", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = CREATED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StoredAttachment.class),
                    examples = @ExampleObject(name = "stored", value = AttachmentExamples.STORED)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST)
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "too large", value = AttachmentExamples.TOO_LARGE)))
    @APIResponse(responseCode = "415", description = UNSUPPORTED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "not a PDF", value = AttachmentExamples.UNSUPPORTED)))
    public Response upload(InputStream body,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @Parameter(description = "attachment; filename*=UTF-8''<percent-encoded name> (RFC 6266)",
                                   example = "attachment; filename*=UTF-8''%E5%90%8D%E5%8D%95.pdf")
                           @HeaderParam("Content-Disposition") String disposition,
                           @Parameter(description = "The file's name, when no Content-Disposition gives it",
                                   example = "高企认定名单.pdf") @QueryParam("name") String name,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength) {
        String fileName = FileName.ofUpload(disposition, name);
        attachments.accepted(contentType);
        if (announced(contentLength) > attachments.maxSize()) {
            throw attachments.tooLarge();
        }
        return created(attachments.upload(body, contentType, fileName, readers.uploader()), fileName);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.ANY)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = AttachmentUpload.class)))
    @APIResponse(responseCode = "201", description = CREATED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StoredAttachment.class)))
    public Response uploadForm(@RestForm(FileUpload.ALL) @Schema(hidden = true) List<FileUpload> files,
                               @QueryParam("name") String name) {
        if (files == null || files.size() != 1) {
            throw ProblemException.badRequest("one-file-part", "send exactly one file part (named file)");
        }
        FileUpload file = files.get(0);
        String fileName = FileName.ofUpload(null, name != null && !name.isBlank() ? name : file.fileName());
        attachments.accepted(file.contentType());
        if (file.size() > attachments.maxSize()) {
            throw attachments.tooLarge();
        }
        try (InputStream content = Files.newInputStream(file.uploadedFile())) {
            return created(attachments.upload(content, file.contentType(), fileName, readers.uploader()), fileName);
        } catch (IOException e) {
            throw ProblemException.badRequest("unreadable-upload", "the uploaded file cannot be read");
        }
    }

    @GET
    @Path("/{sha256}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_TASKS)
    @Operation(summary = "Download a file by its SHA-256", description = "Supervisors and auditors may download any "
            + "stored file; a unit's clerk a file its unit uploaded, or one a report names on a task its unit is on "
            + "(other units: 403, whether or not the file exists). The ETag is the hash (strong): If-None-Match "
            + "answers 304. A single Range (bytes=a-b, a- or -n) answers 206 with Content-Range, or 416 when it "
            + "lies beyond the file; several ranges are answered with the whole file.")
    @APIResponse(responseCode = "200", description = "The file, streamed",
            headers = {@Header(name = "ETag", description = "\"<sha256>\"", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Content-Disposition", description = "attachment; filename=\"…\"; filename*=UTF-8''…",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Accept-Ranges", description = "bytes", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.WILDCARD,
                    schema = @Schema(type = SchemaType.STRING, format = "binary",
                            description = "The file in the media type it was uploaded with")))
    @APIResponse(responseCode = "206", description = "The range asked, with Content-Range",
            content = @Content(mediaType = MediaType.WILDCARD,
                    schema = @Schema(type = SchemaType.STRING, format = "binary",
                            description = "The file in the media type it was uploaded with")))
    @APIResponse(responseCode = "304", description = "If-None-Match named this file's ETag")
    @APIResponse(responseCode = "400", description = "Not a SHA-256 (64 lower-case hex digits)")
    @APIResponse(responseCode = "403", description = "A unit that neither uploaded the file nor is on a task naming it")
    @APIResponse(responseCode = "404", description = "No file stored with this hash")
    @APIResponse(responseCode = "416", description = "The range lies beyond the file",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "beyond the end", value = AttachmentExamples.RANGE)))
    public Response download(@Parameter(description = "The file's SHA-256, lower-case hex",
                                     example = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b")
                             @PathParam("sha256") String sha256,
                             @Parameter(description = "bytes=first-last, bytes=first- or bytes=-suffixLength")
                             @HeaderParam("Range") String range,
                             @HeaderParam("If-Range") String ifRange,
                             @HeaderParam("If-None-Match") String ifNoneMatch) {
        if (sha256 == null || !sha256.matches(SHA256)) {
            throw ProblemException.badRequest("invalid-sha256", "name a file by its SHA-256: 64 lower-case hex digits");
        }
        readers.requireMayRead(sha256);
        CatalogEntry file = attachments.find(sha256).orElseThrow(() -> ProblemException.notFound("attachment", sha256));
        String etag = "\"" + sha256 + "\"";
        if (matches(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header("Accept-Ranges", "bytes").build();
        }
        ByteRange.Asked asked = ifRange == null || ifRange.trim().equals(etag)
                ? ByteRange.parse(range, file.size()) : new ByteRange.Whole();
        Response.ResponseBuilder answer;
        if (asked instanceof ByteRange.Unsatisfiable) {
            return Response.status(416).type(Problem.MEDIA_TYPE).header("Content-Range", "bytes */" + file.size())
                    .entity(new Problem(Problem.type("range-not-satisfiable"), "Range Not Satisfiable", 416,
                            "the file has " + file.size() + " bytes", null, List.of()))
                    .build();
        } else if (asked instanceof ByteRange.Part part) {
            ByteRange r = part.range();
            answer = Response.status(206).header("Content-Range", "bytes " + r.first() + "-" + r.last() + "/" + file.size())
                    .header(HttpHeaders.CONTENT_LENGTH, r.length()).entity(bytes(sha256, r.first(), r.length()));
        } else {
            answer = Response.ok().header(HttpHeaders.CONTENT_LENGTH, file.size()).entity(bytes(sha256, 0, file.size()));
        }
        return answer.type(file.mediaType()).header(HttpHeaders.ETAG, etag).header("Accept-Ranges", "bytes")
                .header("Content-Disposition", FileName.disposition(file.firstName()))
                .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "private, no-transform")
                .build();
    }

    private StreamingOutput bytes(String sha256, long offset, long length) {
        return out -> {
            try (InputStream in = attachments.open(sha256, offset, length)) {
                byte[] buffer = new byte[COPY_BUFFER];
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                }
            }
        };
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag));
    }

    private static long announced(String contentLength) {
        try {
            return contentLength == null ? -1 : Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Response created(CatalogEntry file, String name) {
        return Response.created(URI.create(PATH + "/" + file.sha256()))
                .entity(new StoredAttachment(file.sha256(), file.size(), file.mediaType(), name)).build();
    }

    /** The multipart form of an upload, for the API document. */
    @Schema(name = "AttachmentUpload")
    public static class AttachmentUpload {
        @Schema(type = SchemaType.STRING, format = "binary", required = true,
                description = "the file, with its filename and Content-Type in the part's headers")
        public String file;
    }
}
