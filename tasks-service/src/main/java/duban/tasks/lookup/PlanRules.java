package duban.tasks.lookup;

import duban.rules.period.PlanReportingRule;
import duban.tasks.infrastructure.transaction.TransactionEnd;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The plans' reporting rules as last read, so that judging a report's period does not read
 * {@code plan_rule} twice per report. A rule is forgotten when this service writes it, at once and again
 * when the writing transaction has ended (so a rule read meanwhile, or read inside that transaction and
 * then rolled back, is not kept), and is read again after {@code duban.lookup.plan-rule-max-age} at the
 * latest, the bound on how long a rule changed by another instance goes unseen.
 */
@Singleton
public class PlanRules {

    private record Reading(PlanReportingRule rule, long readAtNanos) {
    }

    private final Map<String, Reading> readings = new ConcurrentHashMap<>();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "duban.lookup.plan-rule-max-age", defaultValue = "60s")
    Duration maxAge;

    /** The plan's rule, or the ledger's defaults for a plan not registered (yet). */
    PlanReportingRule of(String planId) {
        long now = System.nanoTime();
        Reading reading = readings.get(planId);
        if (reading != null && now - reading.readAtNanos() < maxAge.toNanos()) {
            return reading.rule();
        }
        PlanReportingRule rule = PlanRule.find(dataSource, planId).orElse(PlanReportingRule.defaults());
        readings.put(planId, new Reading(rule, now));
        return rule;
    }

    /** Called where the rule is written: forgets it now and when the running transaction has ended. */
    void changing(String planId) {
        readings.remove(planId);
        TransactionEnd.then(transactions, committed -> readings.remove(planId));
    }
}
