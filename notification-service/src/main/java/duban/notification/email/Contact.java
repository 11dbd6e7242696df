package duban.notification.email;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An e-mail address a unit's reminders go to.
 *
 * @param active    false once removed; {@code removedAt} and {@code removedBy} then say when and by whom
 * @param addedBy   the subject of the token that added it
 */
@Schema(name = "Contact", description = "An e-mail address (联系人) a unit's reminders go to")
public record Contact(String id, String unitId, @Schema(example = "张科长") String name,
                      @Schema(example = "kjj@xinxiang.gov.cn") String address, boolean active, Instant addedAt,
                      String addedBy, Instant removedAt, String removedBy) {
}
