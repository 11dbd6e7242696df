package duban.notification.delivery.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the deliveries of a unit's reminders over every channel, the latest reminder first. */
@Schema(name = "DeliveryLog", description = "The deliveries of a unit's reminders over every channel")
public record DeliveryLog(String unitId, long total, int page, int size, List<Item> items) {

    /**
     * One delivery: a reminder carried by one channel to one target, tried until delivered.
     *
     * @param target     the topic (KAFKA), the webhook id (WEBHOOK), the address (EMAIL)
     * @param lastStatus the receiver's last answer (an HTTP status) where it has one
     */
    @Schema(name = "Delivery")
    public record Item(String id, String reminderId,
                       @Schema(examples = "URGED") String kind, String heading, Instant sentAt,
                       @Schema(examples = "KAFKA") String channel, String target,
                       @Schema(enumeration = {"PENDING", "SENDING", "DELIVERED", "CANCELLED"}) String status,
                       int attempts, Integer lastStatus, String lastError, Instant nextAttemptAt,
                       Instant deliveredAt) {
    }
}
