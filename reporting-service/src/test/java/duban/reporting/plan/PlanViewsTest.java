package duban.reporting.plan;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import duban.testing.identity.As;
import duban.testing.ledger.LedgerTopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The views of a plan over the November of {@link NovemberScene}, checked against figures worked out by hand. */
@QuarkusTest
class PlanViewsTest {

    private static final String AT_MONTH_END = "2017-12-01T00:00:00+08:00";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private LedgerTopicWriter topic;
    private final NovemberScene scene = new NovemberScene();

    @BeforeEach
    void writeTheMonth() {
        topic = new LedgerTopicWriter(bootstrap);
        scene.write(topic);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                As.supervisor().get("/api/v1/tasks/{task}/progress", scene.task).then().statusCode(200)
                        .body("units.find { it.unitId == '" + scene.a + "' }.latestReport.reportId", equalTo("ra2")));
    }

    @AfterEach
    void disconnect() {
        topic.close();
    }

    private static ValidatableResponse get(String path, Object... parameters) {
        return As.supervisor().get(path, parameters).then().statusCode(200);
    }

    @Test
    void theTasksProgressShowsEachUnitsRecordMilestonesAndShares() {
        get("/api/v1/tasks/{task}/progress?asOf=" + AT_MONTH_END, scene.task)
                .body("status", equalTo("OPEN"))
                .body("bindsUnits", equalTo(true))
                .body("units.unitId", contains(scene.a, scene.d, scene.b, scene.c))
                .body("units.find { it.unitId == '" + scene.a + "' }.record.state", contains("ON_TIME", "LATE", "OPEN"))
                .body("units.find { it.unitId == '" + scene.a + "' }.record[0].deadlineDate", equalTo("2017-11-06"))
                .body("units.find { it.unitId == '" + scene.b + "' }.record.state", contains("ON_TIME", "MISSING", "OPEN"))
                .body("units.find { it.unitId == '" + scene.c + "' }.record.state", contains("MISSING", "ON_TIME", "OPEN"))
                .body("units.find { it.unitId == '" + scene.c + "' }.role", equalTo("GROUP_MEMBER"))
                .body("units.find { it.unitId == '" + scene.d + "' }.owesReports", equalTo(false))
                .body("units.find { it.unitId == '" + scene.d + "' }.record", hasSize(0))
                .body("milestones[0].state", equalTo("DONE"))
                .body("targets[0].achieved", equalTo(5))
                .body("targets[0].attainment", equalTo(0.5f))
                .body("targets[0].shares[1].allocation", equalTo(2))
                .body("targets[0].shares[1].members[0].achieved", equalTo(1))
                .body("signal.colour", equalTo("YELLOW"))
                .body("signal.reasons.code", contains("report-missing", "target-behind"));
        get("/api/v1/tasks/{task}/progress?asOf=2017-11-10T12:00:00+08:00", scene.task)
                .body("units.find { it.unitId == '" + scene.c + "' }.record.state", contains("MISSING", "OPEN"))
                .body("units.find { it.unitId == '" + scene.a + "' }.latestReport.reportId", equalTo("ra1"))
                .body("milestones[0].state", equalTo("PENDING"));
    }

    @Test
    void theOverviewQuotasAndPeriodAddUpAsWorkedOutByHand() {
        get("/api/v1/plans/{plan}/overview?asOf=" + AT_MONTH_END, scene.plan)
                .body("overall.tasks", equalTo(1))
                .body("overall.open", equalTo(1))
                .body("overall.yellow", equalTo(1))
                .body("overall.missingReports", equalTo(2))
                .body("areas[0].area", equalTo("一"))
                .body("areas[0].title", equalTo("创新能力建设"))
                // one missing report each: by name in pinyin order, 丙 (bǐng) before 乙 (yǐ)
                .body("unitsMostBehind.unitId", contains(scene.c, scene.b));
        get("/api/v1/plans/{plan}/quotas?asOf=" + AT_MONTH_END, scene.plan)
                .body("rows", hasSize(2))
                .body("rows.find { it.unitId == '" + scene.b + "' }.attainment", equalTo(1.0f))
                .body("rows.find { it.unitId == '" + scene.c + "' }.viaGroup", equalTo(scene.group))
                .body("rows.find { it.unitId == '" + scene.c + "' }.allocation", equalTo(2))
                .body("rows.find { it.unitId == '" + scene.c + "' }.attainment", equalTo(0.5f));
        get("/api/v1/plans/{plan}/periods/2017-11-20?asOf=" + AT_MONTH_END, scene.plan)
                .body("owed", equalTo(3))
                .body("onTime", equalTo(1))
                .body("late", equalTo(1))
                .body("missing", equalTo(1))
                .body("lines.find { it.unitId == '" + scene.a + "' }.state", equalTo("LATE"))
                .body("lines.find { it.unitId == '" + scene.b + "' }.state", equalTo("MISSING"));
    }

    @Test
    void theNovemberBulletinAndAssessmentScoreAndRankAsWorkedOutByHand() {
        get("/api/v1/plans/{plan}/bulletins/2017-11", scene.plan)
                .body("provisional", equalTo(false))
                .body("readAt", equalTo("2017-11-30T16:00:00Z"))
                .body("summary.tasks", equalTo(1))
                .body("units.unitId", contains(scene.a, scene.d, scene.b, scene.c))
                .body("units[0].reportsOnTime", equalTo(1))
                .body("units[0].reportsLate", equalTo(1))
                .body("units[0].milestonesMet", equalTo(1))
                .body("units[0].score", equalTo(75.00f))
                .body("units[0].rank", equalTo(1))
                .body("units[1].score", nullValue())
                .body("units[2].score", equalTo(66.67f))
                .body("units[2].rank", equalTo(1))
                .body("units[3].score", equalTo(50.00f))
                .body("units[3].rank", equalTo(2))
                .body("units[3].attainment", equalTo(0.5f))
                .body("commended", hasSize(0))
                .body("named.unitId", contains(scene.b, scene.c))
                .body("named[0].reasons", contains("未报送进展1次"));
        get("/api/v1/plans/{plan}/assessments/2017-11", scene.plan)
                .body("units[2].components.effectiveWeight", contains(66.67f, 0f, 33.33f))
                .body("units[2].components.points", contains(33.33f, 0f, 33.33f));
    }
}
