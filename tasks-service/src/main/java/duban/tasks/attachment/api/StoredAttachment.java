package duban.tasks.attachment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an upload: what a report names the file by. */
@Schema(name = "StoredAttachment", description = "An uploaded file, as a report names it (name, size, sha256)")
public record StoredAttachment(
        @Schema(description = "SHA-256 of the content, computed by the server (lower-case hex)",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(description = "Bytes", example = "482113") long size,
        @Schema(description = "The media type the file is kept and served as", example = "application/pdf")
        String mediaType,
        @Schema(description = "The name given with this upload", example = "高企认定名单.pdf") String name) {
}
