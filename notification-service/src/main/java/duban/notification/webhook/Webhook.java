package duban.notification.webhook;

import java.time.Instant;

/** A registered webhook as stored; its secret never leaves this package but in the answer to its registration. */
public record Webhook(String id, String unitId, String url, String description, String secret, boolean active,
                      Instant createdAt, String createdBy, Instant deactivatedAt) {
}
