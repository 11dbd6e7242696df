package duban.notification.kafka;

import duban.events.Topics;
import duban.events.envelope.CloudEvent;
import duban.notification.delivery.Channel;
import duban.notification.delivery.SentReminder;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * The channel {@code KAFKA}: every reminder sent goes to {@link Topics#NOTIFICATIONS}, whoever it is for, for the SMS
 * and 政务微信 gateways. A try is delivered only once the broker acknowledged the record.
 */
@ApplicationScoped
public class KafkaChannel implements Channel {

    public static final String NAME = "KAFKA";
    private static final Logger LOG = Logger.getLogger(KafkaChannel.class);

    @Inject
    NotificationsTopic topic;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Uni<List<String>> targets(Mutiny.Session session, SentReminder reminder) {
        return Uni.createFrom().item(List.of(Topics.NOTIFICATIONS));
    }

    @Override
    public Uni<Map<String, List<String>>> targetsOf(Mutiny.Session session, List<SentReminder> reminders) {
        Map<String, List<String>> targets = Channel.byReminder(reminders);
        targets.replaceAll((id, none) -> List.of(Topics.NOTIFICATIONS));
        return Uni.createFrom().item(targets);
    }

    @Override
    public Uni<Outcome> deliver(SentReminder reminder, String target) {
        Uni<Outcome> send = Uni.createFrom().emitter(emitter -> {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(target, reminder.recipient(),
                    topic.envelope(reminder));
            record.headers().add("content-type",
                    CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            topic.producer(target).send(record, (metadata, error) -> emitter.complete(error == null
                    ? Outcome.ok(null) : Outcome.failed(null, error.toString())));
        });
        // Creating the topic and the producer blocks: on a worker, never on the event loop. Once they exist a send
        // only appends to the producer's buffer.
        return topic.ready() ? send : send.runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Creates the topic at start, off the main thread: consumers can subscribe before the first reminder. */
    void start(@Observes StartupEvent event) {
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                topic.producer(Topics.NOTIFICATIONS);
            } catch (RuntimeException e) {
                LOG.warnf("the topic %s is created at the first reminder instead: %s", Topics.NOTIFICATIONS, e);
            }
        });
    }

    void close(@Observes ShutdownEvent event) {
        topic.close();
    }
}
