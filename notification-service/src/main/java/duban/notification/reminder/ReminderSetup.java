package duban.notification.reminder;

import duban.rules.reminder.ReminderSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The reminders' settings by configuration: {@code duban.plan."<planId>".reminders.…} when set, else
 * {@code duban.reminders.…}, else the ledger rules' defaults; and how far back a tick catches up on reminders it
 * missed (while the service was down) and how late a reminder is marked late.
 */
@ApplicationScoped
public class ReminderSetup {

    private final Config config = ConfigProvider.getConfig();
    // Configuration does not change while the service runs; a tick asks for every task's plan.
    private final Map<String, ReminderSettings> byPlan = new ConcurrentHashMap<>();

    public ReminderSettings settings(String planId) {
        return byPlan.computeIfAbsent(planId, this::readSettings);
    }

    private ReminderSettings readSettings(String planId) {
        ReminderSettings defaults = ReminderSettings.DEFAULTS;
        return new ReminderSettings(
                setting(planId, "report-lead-working-days").map(Integer::valueOf).orElse(defaults.reportLeadWorkingDays()),
                setting(planId, "milestone-lead-days").map(ReminderSetup::days).orElse(defaults.milestoneLeadDays()),
                setting(planId, "overdue-every-working-days").map(Integer::valueOf)
                        .orElse(defaults.overdueEveryWorkingDays()),
                setting(planId, "send-at").map(LocalTime::parse).orElse(defaults.sendAt()));
    }

    /** How far back a tick still sends what fell due and was not sent: downtime shorter than this is caught up. */
    public Duration catchUpWindow() {
        return config.getOptionalValue("duban.reminders.catch-up-window", Duration.class).orElse(Duration.ofHours(36));
    }

    /**
     * How far back a running service still catches up from its last complete sweep, when ticks did not complete for
     * longer than the catch-up window (a database outage, a tick slower than the window); never less than the window.
     */
    public Duration catchUpLimit() {
        Duration limit = config.getOptionalValue("duban.reminders.catch-up-limit", Duration.class)
                .orElse(Duration.ofDays(7));
        Duration window = catchUpWindow();
        return limit.compareTo(window) < 0 ? window : limit;
    }

    /** A reminder sent more than this after it fell due is marked late-sent. */
    public Duration lateAfter() {
        return config.getOptionalValue("duban.reminders.late-after", Duration.class).orElse(Duration.ofMinutes(15));
    }

    private Optional<String> setting(String planId, String name) {
        return config.getOptionalValue("duban.plan.\"" + planId + "\".reminders." + name, String.class)
                .or(() -> config.getOptionalValue("duban.reminders." + name, String.class));
    }

    private static List<Integer> days(String text) {
        return List.of(text.split(",")).stream().map(String::strip).map(Integer::valueOf).toList();
    }
}
