package duban.notification.webhook.api;

import duban.notification.webhook.Webhook;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook as listed: never its secret. */
@Schema(name = "Webhook", description = "A URL that receives the unit's reminders, signed")
public record WebhookView(String id, String unitId, String url, String description, boolean active,
                          Instant createdAt, String createdBy, Instant deactivatedAt) {

    static WebhookView of(Webhook webhook) {
        return new WebhookView(webhook.id(), webhook.unitId(), webhook.url(), webhook.description(), webhook.active(),
                webhook.createdAt(), webhook.createdBy(), webhook.deactivatedAt());
    }
}
