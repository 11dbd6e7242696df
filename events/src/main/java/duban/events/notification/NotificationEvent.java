package duban.events.notification;

import java.time.Instant;

/**
 * A notification the service sent, as published on {@link duban.events.Topics#NOTIFICATIONS}. Not a fact of the
 * ledger: nothing is rebuilt from it; gateways (SMS, 政务微信) and webhooks carry it on to people.
 */
public sealed interface NotificationEvent permits ReminderSent {

    /** The notification's id: the CloudEvents id, the same however often it is sent again (the de-duplication key). */
    String notificationId();

    /** The unit it went to, or {@code SUPERVISORS}: the Kafka key and the CloudEvents subject. */
    String recipient();

    /** When it was sent: the CloudEvents time. */
    Instant sentAt();
}
