package duban.notification.webhook;

import duban.events.EventJson;
import duban.notification.delivery.Channel;
import duban.notification.delivery.DeliveryStore;
import duban.notification.delivery.SentReminder;
import duban.view.store.SafeContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The channel {@code WEBHOOK}: each active webhook of the recipient gets the reminder as a signed POST (the JSON of the
 * topic's {@code data}); a 2xx answer delivers it, anything else is retried. Requests are asynchronous (the JDK's
 * client), so a slow receiver holds a connection, never a thread, and the dispatcher's timeout cuts it.
 */
@ApplicationScoped
public class WebhookChannel implements Channel {

    public static final String NAME = "WEBHOOK";
    /** What the log keeps of a receiver's answer. */
    static final int RESPONSE_KEPT = 2000;

    @Inject
    WebhookStore store;

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    Vertx vertx;

    @Inject
    Clock clock;

    @ConfigProperty(name = "duban.webhooks.timeout", defaultValue = "10s")
    Duration timeout;

    @ConfigProperty(name = "duban.webhooks.user-agent", defaultValue = "Duban-Webhooks/1")
    String userAgent;

    // A webhook's URL and secret never change: asked of the store once per webhook.
    private final Map<String, Webhook> known = new ConcurrentHashMap<>();
    private volatile HttpClient client;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Uni<List<String>> targets(Mutiny.Session session, SentReminder reminder) {
        return targetsOf(session, List.of(reminder)).map(targets -> targets.get(reminder.id()));
    }

    @Override
    public Uni<Map<String, List<String>>> targetsOf(Mutiny.Session session, List<SentReminder> reminders) {
        Map<String, List<String>> targets = Channel.byReminder(reminders);
        if (reminders.isEmpty()) {
            return Uni.createFrom().item(targets);
        }
        return store.activeOf(session, reminders.stream().map(SentReminder::recipient).collect(Collectors.toSet()))
                .map(rows -> {
                    Map<String, List<String>> byUnit = rows.stream().collect(Collectors.groupingBy(
                            row -> (String) row[1], Collectors.mapping(row -> (String) row[0], Collectors.toList())));
                    for (SentReminder reminder : reminders) {
                        targets.get(reminder.id()).addAll(byUnit.getOrDefault(reminder.recipient(), List.of()));
                    }
                    return targets;
                });
    }

    @Override
    public Uni<Outcome> deliver(SentReminder reminder, String target) {
        throw new UnsupportedOperationException("a webhook delivery names its delivery: deliver(Lease)");
    }

    @Override
    public Uni<Outcome> deliver(DeliveryStore.Lease lease) {
        return webhook(lease.target()).chain(found -> found.isEmpty()
                ? Uni.createFrom().item(Outcome.failed(null, "no webhook " + lease.target()))
                : post(found.get(), lease));
    }

    private Uni<Outcome> post(Webhook webhook, DeliveryStore.Lease lease) {
        byte[] body;
        try {
            body = EventJson.mapper().writeValueAsBytes(lease.reminder().asEvent());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Uni.createFrom().item(Outcome.failed(null, e.toString()));
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url()))
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("User-Agent", userAgent)
                .header(WebhookSignature.WEBHOOK_ID, webhook.id())
                .header(WebhookSignature.DELIVERY_ID, lease.deliveryId())
                .header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE, WebhookSignature.sign(webhook.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return Uni.createFrom().completionStage(() -> client().sendAsync(request, LimitedBody.handler(RESPONSE_KEPT)))
                .map(response -> response.statusCode() / 100 == 2
                        ? new Outcome(true, response.statusCode(), null, response.body())
                        : new Outcome(false, response.statusCode(), "answered " + response.statusCode(),
                                response.body()))
                .onFailure().recoverWithItem(error -> Outcome.failed(null, error.toString()));
    }

    private Uni<Optional<Webhook>> webhook(String id) {
        Webhook cached = known.get(id);
        if (cached != null) {
            return Uni.createFrom().item(Optional.of(cached));
        }
        return SafeContext.run(vertx, () -> sessions.withSession(session -> store.byId(session, id)))
                .invoke(found -> found.ifPresent(webhook -> known.put(id, webhook)));
    }

    @Override
    public Uni<Void> record(Mutiny.Session session, Try tried) {
        return store.record(session, tried);
    }

    private HttpClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    // HTTP/1.1: a plain-http receiver is never asked to upgrade to h2c, which many mishandle.
                    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                }
            }
        }
        return client;
    }
}
