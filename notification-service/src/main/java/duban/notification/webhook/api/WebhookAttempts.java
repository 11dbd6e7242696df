package duban.notification.webhook.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a webhook's delivery log, the latest try first. */
@Schema(name = "WebhookAttempts", description = "A webhook's delivery log: every try, the latest first")
public record WebhookAttempts(String webhookId, long total, int page, int size, List<Attempt> items) {

    /**
     * One try of a delivery.
     *
     * @param statusCode   the receiver's HTTP status; null when it did not answer (refused, timed out)
     * @param responseBody the first 2000 characters of its answer
     */
    @Schema(name = "WebhookAttempt")
    public record Attempt(String deliveryId, String reminderId, int attempt, Instant triedAt, long durationMs,
                          boolean delivered, Integer statusCode, String error, String responseBody) {
    }
}
