package duban.tasks.audit.query;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the global stream. */
@Schema(name = "AuditPage", description = "A page of the global stream in global-index order")
public record AuditPage(
        List<StreamEvent> events,
        @Schema(description = "The after value of the next page: the last global index here, or the request's "
                + "after when the page is empty", example = "1042") long nextAfter) {
}
