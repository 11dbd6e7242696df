package duban.notification.delivery;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/** A way a reminder reaches its recipient, beyond the inbox it always lands in. */
public interface Channel {

    /** Its stable name: {@code KAFKA}, {@code WEBHOOK}, {@code EMAIL}. */
    String name();

    /** Whom it must carry the reminder to (a topic, webhook ids, e-mail addresses); empty when none. */
    Uni<List<String>> targets(Mutiny.Session session, SentReminder reminder);

    /**
     * The targets of many reminders at once, by reminder id: a tick asks this once per channel, so a channel that
     * looks its targets up should answer in one query. By default asks {@link #targets} for each, one after another.
     */
    default Uni<Map<String, List<String>>> targetsOf(Mutiny.Session session, List<SentReminder> reminders) {
        Uni<Map<String, List<String>>> chain = Uni.createFrom().item(new LinkedHashMap<>());
        for (SentReminder reminder : reminders) {
            chain = chain.chain(into -> targets(session, reminder).map(targets -> {
                into.put(reminder.id(), targets);
                return into;
            }));
        }
        return chain;
    }

    /** Carries the reminder to one target once; a failed item or a failure is retried later. */
    Uni<Outcome> deliver(SentReminder reminder, String target);

    /** As {@link #deliver(SentReminder, String)}, for a channel that names the delivery to its receiver. */
    default Uni<Outcome> deliver(DeliveryStore.Lease lease) {
        return deliver(lease.reminder(), lease.target());
    }

    /**
     * Records one try where the channel keeps a log of its own (a webhook's deliveries), in the transaction that
     * settles the delivery. By default nothing.
     */
    default Uni<Void> record(Mutiny.Session session, Try tried) {
        return Uni.createFrom().voidItem();
    }

    /** One try of a delivery and what it came to: {@code took} from the start of the try to its outcome. */
    record Try(DeliveryStore.Lease lease, Outcome outcome, java.time.Instant at, Duration took) {
    }

    /**
     * What one try came to.
     *
     * @param status   the receiver's answer where it has one (an HTTP status), else null
     * @param response the start of the receiver's answer, where the channel keeps it (webhooks), else null
     */
    record Outcome(boolean delivered, Integer status, String error, String response) {

        public Outcome(boolean delivered, Integer status, String error) {
            this(delivered, status, error, null);
        }

        public static Outcome ok(Integer status) {
            return new Outcome(true, status, null);
        }

        public static Outcome failed(Integer status, String error) {
            return new Outcome(false, status, error);
        }
    }

    /** Groups targets by reminder id, for {@link #targetsOf} answers built from rows. */
    static Map<String, List<String>> byReminder(List<SentReminder> reminders) {
        Map<String, List<String>> empty = new LinkedHashMap<>();
        reminders.forEach(reminder -> empty.put(reminder.id(), new ArrayList<>()));
        return empty;
    }
}
