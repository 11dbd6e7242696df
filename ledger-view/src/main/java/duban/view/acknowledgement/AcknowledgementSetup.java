package duban.view.acknowledgement;

import duban.calendar.WorkingDayCalendar;
import duban.rules.acknowledgement.AcknowledgementRule;
import duban.rules.acknowledgement.AcknowledgementSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The acknowledgement rule of a plan by configuration: {@code duban.plan."<planId>".acknowledgement.working-days}
 * when set, else {@code duban.rules.acknowledgement.working-days}, else the ledger rules' default (2).
 */
@ApplicationScoped
public class AcknowledgementSetup {

    private final Config config = ConfigProvider.getConfig();
    // Configuration does not change while the service runs; every read asks for every task's plan.
    private final Map<String, AcknowledgementRule> byPlan = new ConcurrentHashMap<>();

    @Inject
    WorkingDayCalendar calendar;

    public AcknowledgementRule rule(String planId) {
        return byPlan.computeIfAbsent(planId, id -> new AcknowledgementRule(setting(id)
                .map(days -> new AcknowledgementSettings(Integer.parseInt(days.strip())))
                .orElse(AcknowledgementSettings.DEFAULTS), calendar));
    }

    private Optional<String> setting(String planId) {
        return config.getOptionalValue("duban.plan.\"" + planId + "\".acknowledgement.working-days", String.class)
                .or(() -> config.getOptionalValue("duban.rules.acknowledgement.working-days", String.class));
    }
}
