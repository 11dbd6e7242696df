package duban.tasks.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import duban.testing.state.TableCounts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

/**
 * Text a caller stores comes back exactly as sent: no HTML escaping, no double JSON escaping, no trimming,
 * no normalisation of quotes, backslashes, emoji or direction marks. NUL cannot be stored by PostgreSQL in a
 * text column of any read model, so it is refused up front (400) and nothing is appended.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class StoredTextFidelityTest {

    /** Each of these must be stored and read back unchanged. */
    private static final Map<String, String> HOSTILE_TEXT = hostileText();

    @Inject
    CommandGateway gateway;

    @Test
    void taskTextComesBackExactlyAsSent() {
        String unit = new HostileTasks(gateway).registerUnit("原文保真单位");
        HOSTILE_TEXT.forEach((name, text) -> {
            Map<String, Object> body = HostileTasks.taskBody(unit);
            body.put("title", text);
            body.put("text", text + "\n正文");
            body.put("timelineText", "时间进度：" + text);
            String taskId = HostileTasks.createTask(body);

            Response task = As.supervisor().get("/api/v1/tasks/{taskId}", taskId);

            assertThat(task.statusCode()).as(name).isEqualTo(200);
            assertThat(task.jsonPath().getString("title")).as(name).isEqualTo(text);
            assertThat(task.jsonPath().getString("text")).as(name).isEqualTo(text + "\n正文");
            assertThat(task.jsonPath().getString("timelineText")).as(name).isEqualTo("时间进度：" + text);
        });
    }

    @Test
    void reportTextComesBackExactlyAsSent() {
        String unit = new HostileTasks(gateway).registerUnit("进展保真单位");
        HOSTILE_TEXT.forEach((name, text) -> {
            // One report per unit and period: each text gets a task of its own.
            String taskId = HostileTasks.createTask(HostileTasks.taskBody(unit));
            Map<String, Object> report = HostileTasks.reportBody(unit);
            report.put("text", text);
            As.unit(unit).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(report).post("/api/v1/tasks/{taskId}/reports", taskId).then().statusCode(201);

            List<Map<String, Object>> reports = As.unit(unit).get("/api/v1/tasks/{taskId}", taskId)
                    .then().statusCode(200).extract().jsonPath().getList("reports");

            assertThat(reports).as(name).hasSize(1);
            assertThat((String) reports.get(0).get("text")).as(name).isEqualTo(text);
        });
    }

    @Test
    void textWithNulIsRefusedAndNothingIsAppended() {
        String unit = new HostileTasks(gateway).registerUnit("空字符单位");
        String taskId = HostileTasks.createTask(HostileTasks.taskBody(unit));
        TableCounts state = HostileTasks.state();
        Object before = state.get();

        for (String field : List.of("title", "text", "timelineText", "code", "planId")) {
            Map<String, Object> body = HostileTasks.taskBody(unit);
            body.put(field, "前\u0000后");
            As.supervisor().contentType(ContentType.JSON).body(body).post("/api/v1/tasks")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        Map<String, Object> report = HostileTasks.reportBody(unit);
        report.put("text", "进展\u0000");
        As.unit(unit).contentType(ContentType.JSON).body(report).post("/api/v1/tasks/{taskId}/reports", taskId)
                .then().statusCode(400).contentType("application/problem+json");

        assertThat(state.get()).isEqualTo(before);
    }

    @Test
    void aNoticeWithNulIsRefusedAndNothingIsImported() {
        TableCounts state = HostileTasks.state();
        Object before = state.get();

        As.supervisor().contentType("text/plain; charset=UTF-8").body("一、重点任务\n（一）加快\u0000发展".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/notices")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("urn:duban:problem:nul-character"));

        assertThat(state.get()).isEqualTo(before);
    }

    private static Map<String, String> hostileText() {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("sql", "'; DROP TABLE domain_event_entry; -- 市科技局' OR '1'='1");
        text.put("script", "<script>alert('督办')</script>");
        text.put("quotes", "他说\"好\"，又说'不' & <b>加粗</b>");
        text.put("backslashes", "C:\\督办\\台账 \\n is not a newline, \\u0041 is not A, \\\\ two");
        text.put("already-escaped", "&lt;script&gt; &amp; &quot; \\\" %3Cscript%3E");
        text.put("emoji", "🚩 进展顺利 👩‍💻 🇨🇳");
        text.put("direction-marks", "\u202E倒序\u202C \u200F右\u200E左 \u2066隔离\u2069");
        text.put("whitespace", "  前后空格\t制表\r\n换行  ");
        text.put("json-looking", "{\"title\":\"注入\"} ]}");
        text.put("supplementary", "𠀀𪚥 (扩展B区汉字)");
        return text;
    }
}
