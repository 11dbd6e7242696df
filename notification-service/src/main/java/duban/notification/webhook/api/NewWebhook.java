package duban.notification.webhook.api;

import duban.notification.webhook.Webhook;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook just registered, with its secret: the only answer that ever shows it. */
@Schema(name = "NewWebhook", description = "A webhook just registered, with the secret that signs its deliveries: "
        + "shown this once, never again")
public record NewWebhook(String id, String unitId, String url, String description, boolean active, Instant createdAt,
                         String createdBy,
                         @Schema(description = "Keys the HMAC-SHA256 of Duban-Signature; keep it, it is not shown again",
                                 example = "whsec_9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                         String secret) {

    static NewWebhook of(Webhook webhook) {
        return new NewWebhook(webhook.id(), webhook.unitId(), webhook.url(), webhook.description(), webhook.active(),
                webhook.createdAt(), webhook.createdBy(), webhook.secret());
    }
}
