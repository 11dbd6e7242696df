package duban.reporting.config;

import duban.rules.assessment.AssessmentWeights;
import duban.rules.bulletin.BulletinNaming;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The assessment's weights and the bulletin's commendation score for a plan: {@code duban.plan."<planId>".…} when set,
 * else {@code duban.rules.…}, else the ledger rules' defaults. Weights are three numbers, reports, milestones and
 * targets: {@code duban.rules.assessment.weights=40,40,20}.
 */
@ApplicationScoped
public class PlanSettings {

    private final Config config = ConfigProvider.getConfig();

    public AssessmentWeights weights(String planId) {
        return setting(planId, "assessment.weights").map(PlanSettings::parseWeights).orElse(AssessmentWeights.DEFAULTS);
    }

    public BulletinNaming naming(String planId) {
        return setting(planId, "bulletin.commend-score").map(score -> new BulletinNaming(new BigDecimal(score.strip())))
                .orElse(BulletinNaming.DEFAULTS);
    }

    private Optional<String> setting(String planId, String name) {
        return config.getOptionalValue("duban.plan.\"" + planId + "\"." + name, String.class)
                .or(() -> config.getOptionalValue("duban.rules." + name, String.class));
    }

    private static AssessmentWeights parseWeights(String text) {
        List<BigDecimal> parts = List.of(text.split(",")).stream().map(String::strip).map(BigDecimal::new).toList();
        if (parts.size() != 3) {
            throw new IllegalArgumentException("assessment weights are three numbers (reports, milestones, targets): "
                    + text);
        }
        return new AssessmentWeights(parts.get(0), parts.get(1), parts.get(2));
    }
}
