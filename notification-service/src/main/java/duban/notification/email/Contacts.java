package duban.notification.email;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A unit's contacts, and whether e-mail goes out at all.
 *
 * @param emailOn false while the mailer is mocked: the contacts are kept, nothing is sent to them
 */
@Schema(name = "Contacts", description = "A unit's e-mail contacts (联系人)")
public record Contacts(String unitId, boolean emailOn, int active, int maxActive, List<Contact> contacts) {
}
