package duban.notification.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import duban.events.task.TaskCreated;
import duban.testing.identity.As;
import duban.testing.ledger.LedgerTopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The ledger view's meters and readiness data, as every consuming service shows them, without a token. */
@QuarkusTest
class LedgerMetersTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void theLedgerMetersAreScrapedAndReadinessSaysHowFarTheViewIs() {
        // Counted in events held, not by globalindex: each writer of this suite numbers its records from 1, so the
        // highest globalindex seen need not move.
        long before = eventsHeld();
        try (LedgerTopicWriter topic = new LedgerTopicWriter(bootstrap)) {
            topic.write(new TaskCreated("metered-" + UUID.randomUUID(), "metered-plan", null, "一", "计量任务", null,
                    List.of("计量单位"), List.of(), null));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(eventsHeld()).isGreaterThan(before));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String metrics = As.anonymous().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).contains("duban_ledger_lag{", "partition=\"0\"", "duban_ledger_lag_seconds",
                    "duban_ledger_applied_total", "duban_ledger_skipped_total{", "reason=\"undecodable\"",
                    "reason=\"unknown-type\"", "duban_ledger_globalindex", "duban_ledger_recordedat_seconds",
                    "duban_ledger_applied_rate");
        });
        assertThat(ledgerView()).containsKeys("events", "globalindex", "recordedat", "secondsBehind", "lag",
                "lag.partition.0", "appliedPerSecond");
    }

    private static long eventsHeld() {
        return ((Number) ledgerView().get("events")).longValue();
    }

    private static Map<String, Object> ledgerView() {
        return As.anonymous().get("/q/health/ready").then().extract().jsonPath()
                .getMap("checks.find { it.name == 'Ledger view' }.data");
    }
}
