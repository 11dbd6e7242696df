package duban.notification.reminder;

import duban.notification.delivery.SentReminder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;

/** The reminders sent: claimed by their key, so each is sent once. */
@ApplicationScoped
public class ReminderStore {

    private static final int PARAMETERS = 15;
    /** Rows per statement, well under PostgreSQL's limit of parameters. */
    private static final int ROWS_PER_STATEMENT = 400;

    /**
     * Records the reminders as sent now and answers those that were not sent before (by another replica, or before a
     * restart): only those go out.
     */
    public Uni<List<SentReminder>> claim(Mutiny.Session session, List<PlannedReminder> planned, Instant now,
                                         Duration lateAfter) {
        Uni<List<SentReminder>> chain = Uni.createFrom().item(new ArrayList<>());
        for (int from = 0; from < planned.size(); from += ROWS_PER_STATEMENT) {
            List<PlannedReminder> part = planned.subList(from, Math.min(planned.size(), from + ROWS_PER_STATEMENT));
            chain = chain.chain(claimed -> insert(session, part, now, lateAfter).map(more -> {
                claimed.addAll(more);
                return claimed;
            }));
        }
        return chain;
    }

    private Uni<List<SentReminder>> insert(Mutiny.Session session, List<PlannedReminder> planned, Instant now,
                                           Duration lateAfter) {
        StringBuilder sql = new StringBuilder("insert into reminder (id, reminder_key, kind, task_id, plan_id, "
                + "task_code, recipient, about_unit, subject, send_on, due_at, sent_at, late, heading, body) "
                + "values ");
        for (int i = 0; i < planned.size(); i++) {
            sql.append(i == 0 ? "(" : ", (");
            for (int c = 1; c <= PARAMETERS; c++) {
                sql.append(c == 1 ? "" : ", ").append('?').append(i * PARAMETERS + c);
            }
            sql.append(')');
        }
        sql.append(" on conflict (reminder_key) do nothing returning id");
        Mutiny.SelectionQuery<String> insert = session.createNativeQuery(sql.toString(), String.class);
        Map<String, SentReminder> byId = new LinkedHashMap<>();
        for (int i = 0; i < planned.size(); i++) {
            PlannedReminder reminder = planned.get(i);
            String id = UUID.randomUUID().toString();
            boolean late = reminder.sendAt().plus(lateAfter).isBefore(now);
            byId.put(id, reminder.sent(id, now, late));
            int p = i * PARAMETERS;
            insert.setParameter(p + 1, id);
            insert.setParameter(p + 2, reminder.key());
            insert.setParameter(p + 3, reminder.kind().name());
            insert.setParameter(p + 4, reminder.taskId());
            insert.setParameter(p + 5, reminder.planId());
            insert.setParameter(p + 6, reminder.taskCode());
            insert.setParameter(p + 7, reminder.recipient());
            insert.setParameter(p + 8, reminder.aboutUnit());
            insert.setParameter(p + 9, reminder.subject());
            insert.setParameter(p + 10, reminder.sendOn());
            insert.setParameter(p + 11, utc(reminder.sendAt()));
            insert.setParameter(p + 12, utc(now));
            insert.setParameter(p + 13, late);
            insert.setParameter(p + 14, reminder.heading());
            insert.setParameter(p + 15, reminder.text());
        }
        return insert.getResultList().map(ids -> ids.stream().map(byId::get).toList());
    }

    /** Which of these keys were sent already. */
    public Uni<Map<String, Instant>> sentKeys(Mutiny.Session session, List<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return session.createNativeQuery("select reminder_key, sent_at from reminder where reminder_key in (?1)",
                        Object[].class)
                .setParameter(1, keys)
                .getResultList()
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> (String) row[0],
                        row -> ((OffsetDateTime) row[1]).toInstant(), (a, b) -> a)));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
