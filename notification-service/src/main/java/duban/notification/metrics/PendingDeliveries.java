package duban.notification.metrics;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/** Counts the deliveries not yet delivered, per channel, every {@code duban.metrics.pending-interval}. */
@ApplicationScoped
public class PendingDeliveries {

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    NotificationMeters meters;

    @Scheduled(every = "${duban.metrics.pending-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return sessions.withSession(session -> session.createNativeQuery(
                        "select channel, count(*) from delivery where status in ('PENDING', 'SENDING') group by channel",
                        Object[].class).getResultList())
                .invoke(rows -> meters.pending(counts(rows)))
                .replaceWithVoid();
    }

    private static Map<String, Long> counts(List<Object[]> rows) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
