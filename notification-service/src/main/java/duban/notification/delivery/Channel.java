package duban.notification.delivery;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** A way a reminder reaches its recipient, beyond the inbox it always lands in. */
public interface Channel {

    /** Its stable name: {@code KAFKA}, {@code WEBHOOK}, {@code EMAIL}. */
    String name();

    /** Whom it must carry the reminder to (a topic, webhook ids, e-mail addresses); empty when none. */
    Uni<List<String>> targets(Mutiny.Session session, SentReminder reminder);

    /** Carries the reminder to one target once; a failed item or a failure is retried later. */
    Uni<Outcome> deliver(SentReminder reminder, String target);

    /**
     * What one try came to.
     *
     * @param status the receiver's answer where it has one (an HTTP status), else null
     */
    record Outcome(boolean delivered, Integer status, String error) {

        public static Outcome ok(Integer status) {
            return new Outcome(true, status, null);
        }

        public static Outcome failed(Integer status, String error) {
            return new Outcome(false, status, error);
        }
    }
}
