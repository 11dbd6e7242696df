package duban.reporting.security;

import static org.awaitility.Awaitility.await;

import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportingDayPolicy;
import duban.events.task.TaskCreated;
import duban.testing.contract.AuthorizationMatrixContract;
import duban.testing.identity.As;
import duban.testing.identity.AuthorizationMatrix;
import duban.testing.ledger.LedgerTopicWriter;
import duban.testing.state.TableCounts;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every endpoint of reporting-service, as discovered from its live OpenAPI document, called as every identity: a
 * unit's clerk sees its own dashboard and the tasks its unit is on only, every identity with a role reads a plan's
 * views, only the service and supervisors rebuild the ledger view, and a refused call changes nothing.
 */
@QuarkusTest
class AuthorizationMatrixTest extends AuthorizationMatrixContract {

    private static final String OWNING_UNIT = "矩阵单位甲";
    private static final String OTHER_UNIT = "矩阵单位乙";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private final String plan = "matrix-plan-" + UUID.randomUUID();
    private final String task = "matrix-task-" + UUID.randomUUID();

    AuthorizationMatrixTest() {
        super("reporting-service", 10, OWNING_UNIT, OTHER_UNIT,
                TableCounts.inServiceDatabase("processed_event", "ledger_event"));
    }

    @Override
    protected Map<String, AuthorizationMatrix.Sample> samples() {
        writeAPlanWithATaskOfTheOwningUnit();
        Map<String, AuthorizationMatrix.Sample> samples = new LinkedHashMap<>();
        samples.put("GET /api/v1/units/{unitId}/dashboard", who -> as -> as.get("/api/v1/units/{u}/dashboard", OWNING_UNIT));
        samples.put("GET /api/v1/tasks/{taskId}/progress", who -> as -> as.get("/api/v1/tasks/{t}/progress", task));
        samples.put("GET /api/v1/plans/{planId}/overview", who -> as -> as.get("/api/v1/plans/{p}/overview", plan));
        samples.put("GET /api/v1/plans/{planId}/quotas", who -> as -> as.get("/api/v1/plans/{p}/quotas", plan));
        samples.put("GET /api/v1/plans/{planId}/periods/{periodEnd}",
                who -> as -> as.get("/api/v1/plans/{p}/periods/2017-11-20", plan));
        samples.put("GET /api/v1/plans/{planId}/bulletins/{month}",
                who -> as -> as.get("/api/v1/plans/{p}/bulletins/2017-11", plan));
        samples.put("GET /api/v1/plans/{planId}/bulletins/{month}.{format}",
                who -> as -> as.get("/api/v1/plans/{p}/bulletins/2017-11.xlsx", plan));
        samples.put("GET /api/v1/plans/{planId}/assessments/{month}",
                who -> as -> as.get("/api/v1/plans/{p}/assessments/2017-11", plan));
        samples.put("GET /api/v1/admin/rebuild", who -> as -> as.get("/api/v1/admin/rebuild"));
        // Each allowed call starts a rebuild: wait for the one before it to end, so none is refused as running.
        samples.put("POST /api/v1/admin/rebuild", who -> {
            awaitNoRebuildRunning();
            return as -> as.post("/api/v1/admin/rebuild");
        });
        return samples;
    }

    private static void awaitNoRebuildRunning() {
        await().atMost(Duration.ofSeconds(60)).until(() -> List.of("idle", "done", "failed").contains(
                As.service().get("/api/v1/admin/rebuild").then().extract().jsonPath().getString("state")));
    }

    private void writeAPlanWithATaskOfTheOwningUnit() {
        try (LedgerTopicWriter topic = new LedgerTopicWriter(bootstrap)) {
            topic.write(new PlanRegistered(plan, "矩阵方案", null, null, LocalDate.parse("2017-10-01"), List.of(5, 20),
                    "Asia/Shanghai", ReportingDayPolicy.NEXT_WORKING_DAY));
            topic.write(new TaskCreated(task, plan, null, "一", "矩阵任务", null, List.of(OWNING_UNIT), List.of(), null));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                As.supervisor().get("/api/v1/tasks/{t}/progress", task).then().statusCode(200));
    }
}
