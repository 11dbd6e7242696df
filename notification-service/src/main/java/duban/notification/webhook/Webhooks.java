package duban.notification.webhook;

import duban.http.problem.ProblemException;
import duban.notification.delivery.DeliveryStore;
import duban.notification.metrics.NotificationMeters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

/** Registering and deactivating a unit's webhooks, each in one transaction. */
@ApplicationScoped
public class Webhooks {

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    WebhookStore store;

    @Inject
    DeliveryStore deliveries;

    @Inject
    Clock clock;

    @Inject
    NotificationMeters meters;

    @ConfigProperty(name = "duban.webhooks.max-active-per-unit", defaultValue = "10")
    int maxActive;

    /** Registers a webhook with a new secret; 409 when the unit has as many active webhooks as it may. */
    public Uni<Webhook> register(String unitId, String url, String description, String registeredBy) {
        String checked = WebhookUrls.check(url);
        Webhook webhook = new Webhook(UUID.randomUUID().toString(), unitId, checked,
                description == null || description.isBlank() ? null : description.strip(),
                WebhookSignature.newSecret(), true, clock.instant(), registeredBy, null);
        return sessions.withTransaction(session -> store.lockActive(session, unitId).chain(active -> {
            if (active >= maxActive) {
                return Uni.createFrom().failure(new ProblemException(409, "too-many-webhooks", "Conflict",
                        "a unit has at most " + maxActive + " active webhooks; deactivate one first"));
            }
            return store.insert(session, webhook).replaceWith(webhook);
        }));
    }

    public Uni<List<Webhook>> ofUnit(String unitId) {
        return sessions.withSession(session -> store.ofUnit(session, unitId));
    }

    public Uni<Optional<Webhook>> find(String unitId, String id) {
        return sessions.withSession(session -> store.find(session, unitId, id));
    }

    /**
     * Deactivates the webhook and cancels its deliveries not made yet, so they are never tried again; false when the
     * unit has no such webhook.
     */
    public Uni<Boolean> deactivate(String unitId, String id) {
        return sessions.withTransaction(session -> store.deactivate(session, unitId, id, clock.instant())
                .call(found -> found ? deliveries.cancel(session, WebhookChannel.NAME, id, clock.instant())
                        .invoke(cancelled -> meters.cancelled(WebhookChannel.NAME, cancelled))
                        : Uni.createFrom().voidItem()));
    }

    public Uni<WebhookStore.Page> attempts(String webhookId, int page, int size) {
        return sessions.withSession(session -> store.attempts(session, webhookId, page, size));
    }
}
