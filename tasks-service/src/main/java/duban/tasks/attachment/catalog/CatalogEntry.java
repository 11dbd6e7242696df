package duban.tasks.attachment.catalog;

import java.time.Instant;

/** A stored file as the catalog knows it. */
public record CatalogEntry(String sha256, long size, String mediaType, String firstName, Instant storedAt) {
}
