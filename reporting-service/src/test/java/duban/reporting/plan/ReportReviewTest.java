package duban.reporting.plan;

import static duban.reporting.plan.NovemberScene.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import duban.events.envelope.CloudEvent;
import duban.events.plan.ReportReviewSet;
import duban.events.task.ProgressReportCorrected;
import duban.events.task.ReportAccepted;
import duban.events.task.ReportReturned;
import duban.testing.identity.As;
import duban.testing.ledger.LedgerTopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The November of {@link NovemberScene} on a plan that reviews its reports (审核) from 11-01: C's on-time report for
 * 11-20 is returned (退回) on Tuesday 11-21, to be corrected by Thursday 11-23; C corrects it only on 12-01, and the
 * correction is accepted on 12-02. The other reports are never reviewed and count provisionally as filed.
 */
@QuarkusTest
class ReportReviewTest {

    private static final String REASON = "内容空泛，未写明培育进度";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private LedgerTopicWriter topic;
    private final NovemberScene scene = new NovemberScene();
    private CloudEvent returned;

    @BeforeEach
    void writeTheMonthAndTheReturn() {
        topic = new LedgerTopicWriter(bootstrap);
        scene.write(topic);
        topic.write(new ReportReviewSet(scene.plan, true, "进展情况须经督查室审核"), shanghai("2017-11-01T09:00"));
        returned = topic.write(new ReportReturned(scene.task, "rc2", REASON, LocalDate.parse("2017-11-23")),
                shanghai("2017-11-21T10:00"));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                period("2017-11-22T12:00:00+08:00").body(line(scene.c) + ".review", equalTo("RETURNED")));
    }

    @AfterEach
    void disconnect() {
        topic.close();
    }

    private static ValidatableResponse get(String path, Object... parameters) {
        return As.supervisor().get(path, parameters).then().statusCode(200);
    }

    private ValidatableResponse period(String asOf) {
        return get("/api/v1/plans/{plan}/periods/2017-11-20?asOf=" + asOf, scene.plan);
    }

    private static String line(String unit) {
        return "lines.find { it.unitId == '" + unit + "' }";
    }

    private String bulletinRow(String unit) {
        return "units.find { it.unitId == '" + unit + "' }";
    }

    private void correctAndAccept() {
        topic.write(new ProgressReportCorrected(scene.task, "rc3", "rc2", scene.c, LocalDate.parse("2017-11-20"),
                "已认定1家，另有2家已提交申报材料", List.of(), List.of(), List.of(), "按退回意见补充"),
                shanghai("2017-12-01T10:00"));
        topic.write(new ReportAccepted(scene.task, "rc3", "已按要求补充"), shanghai("2017-12-02T09:00"));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                period("2017-12-05T12:00:00+08:00").body(line(scene.c) + ".review", equalTo("ACCEPTED")));
    }

    @Test
    void aReturnedReportIsOwedAgainUntilItsCorrectionDayThenMissingWithItsReason() {
        period("2017-11-22T12:00:00+08:00")
                .body(line(scene.c) + ".state", equalTo("OPEN"))
                .body(line(scene.c) + ".returnReason", equalTo(REASON))
                .body(line(scene.c) + ".correctBy", equalTo("2017-11-23"))
                .body(line(scene.a) + ".state", equalTo("LATE"))
                .body(line(scene.a) + ".review", equalTo("PENDING"))
                .body("returned", equalTo(1));
        period("2017-11-21T09:00:00+08:00")
                .body(line(scene.c) + ".state", equalTo("ON_TIME"))
                .body(line(scene.c) + ".review", equalTo("PENDING"))
                .body(line(scene.c) + ".returnReason", equalTo(null));
        period("2017-11-25T12:00:00+08:00")
                .body(line(scene.c) + ".state", equalTo("MISSING"))
                .body(line(scene.c) + ".review", equalTo("RETURNED"))
                .body(line(scene.c) + ".returnReason", equalTo(REASON))
                .body("missing", equalTo(2));
        String unit = "units.find { it.unitId == '" + scene.c + "' }";
        get("/api/v1/tasks/{task}/progress?asOf=2017-11-25T12:00:00+08:00", scene.task)
                .body(unit + ".record[1].period", equalTo("2017-11-20"))
                .body(unit + ".record[1].state", equalTo("MISSING"))
                .body(unit + ".record[1].review", equalTo("RETURNED"))
                .body(unit + ".record[1].returnReason", equalTo(REASON));
        As.unit(scene.c).get("/api/v1/units/{unit}/dashboard?asOf=2017-11-22T12:00:00+08:00", scene.c).then()
                .statusCode(200)
                .body("tasks[0].record.find { it.period == '2017-11-20' }.review", equalTo("RETURNED"))
                .body("tasks[0].record.find { it.period == '2017-11-20' }.correctBy", equalTo("2017-11-23"));
    }

    @Test
    void theBulletinCountsTheReturnAndTheClosedMonthStaysAsItWasWhenCorrectedLater() {
        String november = get("/api/v1/plans/{plan}/bulletins/2017-11", scene.plan)
                .body(bulletinRow(scene.c) + ".reportsReturned", equalTo(1))
                .body(bulletinRow(scene.c) + ".reportsMissing", equalTo(2))
                .body(bulletinRow(scene.a) + ".reportsReturned", equalTo(0))
                .extract().asString();

        correctAndAccept();

        period("2017-12-05T12:00:00+08:00")
                .body(line(scene.c) + ".state", equalTo("LATE"))
                .body(line(scene.c) + ".reportId", equalTo("rc3"))
                .body(line(scene.c) + ".returnReason", equalTo(null));
        get("/api/v1/plans/{plan}/overview?asOf=2017-12-05T12:00:00+08:00", scene.plan)
                .body("overall.returnedReports", equalTo(1));
        assertThat(get("/api/v1/plans/{plan}/bulletins/2017-11", scene.plan).extract().asString())
                .as("a closed month reads the ledger as it stood at its cut-off").isEqualTo(november);
    }

    @Test
    void theReturnDeliveredAgainChangesNothing() {
        correctAndAccept();
        String november = get("/api/v1/plans/{plan}/bulletins/2017-11", scene.plan).extract().asString();

        topic.send(returned);
        // One partition keeps order: once this later event shows, the redelivery has been consumed.
        topic.write(new ReportAccepted(scene.task, "rb1", null), shanghai("2017-12-03T09:00"));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                get("/api/v1/plans/{plan}/periods/2017-11-05", scene.plan)
                        .body(line(scene.b) + ".review", equalTo("ACCEPTED")));

        period("2017-12-05T12:00:00+08:00")
                .body(line(scene.c) + ".state", equalTo("LATE"))
                .body(line(scene.c) + ".review", equalTo("ACCEPTED"));
        get("/api/v1/plans/{plan}/overview?asOf=2017-12-05T12:00:00+08:00", scene.plan)
                .body("overall.returnedReports", equalTo(1));
        assertThat(get("/api/v1/plans/{plan}/bulletins/2017-11", scene.plan).extract().asString()).isEqualTo(november);
    }
}
