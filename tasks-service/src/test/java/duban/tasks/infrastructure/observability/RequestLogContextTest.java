package duban.tasks.infrastructure.observability;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.infrastructure.web.Commands;
import duban.tasks.unit.api.Directory;
import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.Test;

/** A log line written while a request runs names the request's correlation id and the trace it belongs to. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class RequestLogContextTest {

    @Test
    void theCommandsLogLineCarriesTheCorrelationIdAndTheTraceId() {
        List<Map<String, String>> seen = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && ext.getMessage() != null) {
                    seen.add(Map.of("message", String.valueOf(ext.getFormattedMessage()),
                            "correlationId", String.valueOf(ext.getMdc("correlationId")),
                            "traceId", String.valueOf(ext.getMdc("traceId"))));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(Commands.class.getName());
        Level before = logger.getLevel();
        logger.setLevel(Level.FINE);
        logger.addHandler(capture);
        try {
            As.supervisor().header("X-Correlation-Id", "log-context-check-1").contentType(ContentType.JSON)
                    .body("{\"name\":\"" + Directory.fresh("市日志局") + "\",\"category\":\"市直部门\",\"aliases\":[]}")
                    .post("/api/v1/units").then().statusCode(201);
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(before);
        }

        assertThat(seen).filteredOn(line -> line.get("message").equals("sending RegisterUnit")).singleElement()
                .satisfies(line -> {
                    assertThat(line.get("correlationId")).isEqualTo("log-context-check-1");
                    assertThat(line.get("traceId")).matches("[0-9a-f]{32}");
                });
    }
}
