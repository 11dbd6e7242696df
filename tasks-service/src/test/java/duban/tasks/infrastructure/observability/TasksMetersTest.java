package duban.tasks.infrastructure.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import duban.tasks.imports.SeedNotice;
import duban.tasks.unit.api.Directory;
import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** tasks-service's meters, scraped without a token as a Prometheus server scrapes them. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class TasksMetersTest {

    private static final String UNIT_REGISTERED = "duban_events_stored_total{type=\"duban.unit.registered.v1\"}";

    @Test
    void aStoredEventIsCountedByTypeAndThePublisherCatchesUp() {
        double before = value(scrape(), UNIT_REGISTERED);

        Directory.register(Directory.fresh("市计量局"), "市直部门");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String metrics = scrape();
            assertThat(value(metrics, UNIT_REGISTERED)).isEqualTo(before + 1);
            assertThat(value(metrics, "duban_publisher_lag")).isZero();
            assertThat(value(metrics, "duban_publisher_lag_seconds")).isZero();
        });
    }

    @Test
    void aNoticeImportIsTimed() {
        double before = value(scrape(), "duban_imports_seconds_count{", "source=\"notice\"");

        As.supervisor().contentType("text/plain; charset=UTF-8")
                .body(SeedNotice.text().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/notices")
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200),
                        org.hamcrest.Matchers.is(201)));

        assertThat(value(scrape(), "duban_imports_seconds_count{", "source=\"notice\"")).isEqualTo(before + 1);
    }

    @Test
    void theServerTheJvmKafkaAndAxonAreMetered() {
        Directory.register(Directory.fresh("市度量局"), "市直部门");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(scrape()).contains(
                "http_server_requests_seconds_count{", "uri=\"/api/v1/units\"",
                "jvm_memory_used_bytes{", "jvm_threads_live_threads",
                "kafka_producer_record_send_total{", "client_id=\"tasks-service-ledger-publisher\"",
                "commandBus_successTimer_seconds_count", "eventProcessor_latency{processorName=\"kafka-publisher\"}"));
    }

    private static String scrape() {
        return As.anonymous().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the first sample whose line starts with {@code name} and contains each of {@code parts}; 0 when none. */
    private static double value(String metrics, String name, String... parts) {
        for (String line : metrics.split("\n")) {
            if (!line.startsWith(name) || (line.length() > name.length() && !name.endsWith("{")
                    && line.charAt(name.length()) != ' ' && line.charAt(name.length()) != '{')) {
                continue;
            }
            boolean all = true;
            for (String part : parts) {
                all &= line.contains(part);
            }
            if (all) {
                // An exemplar (" # {trace_id=...} value timestamp") may follow the sample's value.
                String sample = line.contains(" # ") ? line.substring(0, line.indexOf(" # ")) : line;
                Matcher number = Pattern.compile(" ([-+0-9.eENaIf]+)$").matcher(sample);
                if (number.find()) {
                    return Double.parseDouble(number.group(1));
                }
            }
        }
        return 0;
    }
}
