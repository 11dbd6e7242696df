package duban.tasks.hostile;

import duban.events.unit.UnitCategory;
import duban.tasks.unit.command.RegisterUnit;
import duban.testing.identity.As;
import duban.testing.state.TableCounts;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** What the hostile tests of tasks-service set up: a registered unit, tasks it leads, the state observed. */
final class HostileTasks {

    private final CommandGateway gateway;

    HostileTasks(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** A fresh unit of the command side, so that tasks may name it. */
    String registerUnit(String name) {
        String id = "hostile-" + UUID.randomUUID();
        gateway.sendAndWait(new RegisterUnit(id, name + "-" + id.substring(8, 16), UnitCategory.CITY_DEPARTMENT,
                List.of()));
        return id;
    }

    /** A well-formed task the unit leads. */
    static Map<String, Object> taskBody(String unitId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planId", "hostile-plan");
        body.put("code", "九.(九)." + UUID.randomUUID().toString().substring(0, 8));
        body.put("title", "加快发展高新技术企业");
        body.put("text", "认定高新技术企业20家。");
        body.put("leadUnitIds", List.of(unitId));
        body.put("timelineText", "2017年12月底前完成");
        return body;
    }

    /** A well-formed progress report of the unit. */
    static Map<String, Object> reportBody(String unitId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitId", unitId);
        body.put("text", "已完成第二批高企推荐工作。");
        return body;
    }

    static String createTask(Map<String, Object> body) {
        return As.supervisor().contentType(ContentType.JSON).body(body).post("/api/v1/tasks")
                .then().statusCode(201).extract().path("id");
    }

    /** What no refused request may change: the events, the idempotency records, the command-side lookups. */
    static TableCounts state() {
        return TableCounts.inServiceDatabase("domain_event_entry", "domain_event_entry.global_index",
                "idempotency_record", "unit_directory", "plan_rule", "attachment_file", "attachment_chunk",
                "attachment_reference");
    }
}
