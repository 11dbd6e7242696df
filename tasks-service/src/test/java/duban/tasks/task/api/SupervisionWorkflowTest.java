package duban.tasks.task.api;

import static duban.tasks.task.api.TaskFixture.CO;
import static duban.tasks.task.api.TaskFixture.LEAD;
import static duban.tasks.task.api.TaskFixture.OUTSIDER;
import static duban.tasks.task.api.TaskFixture.PROBLEM;
import static duban.tasks.task.api.TaskFixture.SECOND_LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import duban.calendar.WorkingDayCalendar;
import duban.events.envelope.CloudEvent;
import duban.events.envelope.CloudEventCodec;
import duban.events.task.ReportAccepted;
import duban.events.task.ReportReturned;
import duban.events.task.TaskAcknowledged;
import duban.rules.review.CorrectionDeadline;
import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import duban.testing.ledger.LedgerTopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * 签收 and report review (审核确认 / 退回) over REST, against the real broker and PostgreSQL: what the endpoints answer,
 * what the task and plan views show, and what reaches the ledger topic.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class SupervisionWorkflowTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void aLeadOrCoResponsibleUnitAcknowledgesItsAssignmentOnce() {
        TaskFixture task = TaskFixture.create();

        task.post(As.unit(TaskFixture.unit(LEAD)), "acknowledgements", "{\"note\":\"已签收,将按时报送\"}", 0L)
                .statusCode(201).header("ETag", "\"1\"").body("version", equalTo(1));
        task.unit(LEAD, "acknowledgements", "{}", 409).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:already-acknowledged"));
        task.unit(OUTSIDER, "acknowledgements", "{}", 403).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:not-assigned-unit"));
        task.unit(CO, "acknowledgements", "{}", 201);
        task.post(As.unit(TaskFixture.unit(SECOND_LEAD)), "acknowledgements", "{}", 0L).statusCode(412);
        task.unit(SECOND_LEAD, "acknowledgements", "{\"note\":\"" + "长".repeat(2001) + "\"}", 400);

        String leadId = TaskFixture.unit(LEAD);
        task.read().body("acknowledgements", hasSize(2))
                .body("acknowledgements[0].unitId", equalTo(leadId))
                .body("acknowledgements[0].note", equalTo("已签收,将按时报送"))
                .body("acknowledgements[0].current", equalTo(true))
                .body("acknowledgements[0].assignedAt", equalTo(task.read().extract().path("createdAt")))
                .body("unacknowledgedUnitIds", contains(TaskFixture.unit(SECOND_LEAD)));
    }

    @Test
    void aUnitTakenOffAndAssignedAgainAcknowledgesAgain() {
        TaskFixture task = TaskFixture.create();
        task.unit(CO, "acknowledgements", "{}", 201);
        task.supervisor("unit-assignments", "{\"leadUnitIds\":[\"市科技局\",\"市财政局\"],\"coUnitIds\":[]}", 200);
        task.read().body("acknowledgements[0].current", equalTo(false));
        task.unit(CO, "acknowledgements", "{}", 403);
        task.supervisor("unit-assignments", "{\"leadUnitIds\":[\"市科技局\",\"市财政局\"],\"coUnitIds\":[\"红旗区\"]}", 200);

        task.unit(CO, "acknowledgements", "{\"note\":\"重新签收\"}", 201);

        task.read().body("acknowledgements", hasSize(2))
                .body("acknowledgements[1].note", equalTo("重新签收"))
                .body("acknowledgements[1].current", equalTo(true));
    }

    @Test
    void aPlansReportReviewIsOffUntilASupervisorRequiresIt() {
        String planId = As.supervisor().contentType(ContentType.JSON).body("""
                        {"title":"审核开关测试","docNumber":"审核〔2017〕%s号","issuedOn":"2017-09-30"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/plans").then().statusCode(201).body("reportReview", equalTo("OFF"))
                .extract().path("id");
        String registeredAt = As.auditor().get("/api/v1/plans/" + planId).then().extract().path("registeredAt");

        As.supervisor().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"required\":true,\"reason\":\"报送须经审核\"}").post("/api/v1/plans/" + planId + "/report-review")
                .then().statusCode(200).header("ETag", "\"1\"").body("reportReview", equalTo("REQUIRED"));
        As.supervisor().contentType(ContentType.JSON).body("{\"required\":true}")
                .post("/api/v1/plans/" + planId + "/report-review")
                .then().statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:duban:problem:no-change"));
        As.supervisor().contentType(ContentType.JSON).body("{}").post("/api/v1/plans/" + planId + "/report-review")
                .then().statusCode(400).contentType(PROBLEM);

        As.unit(TaskFixture.unit(LEAD)).get("/api/v1/plans/" + planId).then().body("reportReview", equalTo("REQUIRED"));
        As.auditor().queryParam("asOf", registeredAt).get("/api/v1/plans/" + planId).then()
                .body("reportReview", equalTo("OFF"));
    }

    @Test
    void withoutReviewAReportCannotBeAcceptedNorReturned() {
        TaskFixture task = TaskFixture.create().withReport();

        task.supervisor("reports/r1/acceptance", "{}", 409).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:review-off"));
        task.supervisor("reports/r1/return", "{\"reason\":\"材料不全\"}", 409)
                .body("type", equalTo("urn:duban:problem:review-off"));
        task.read().body("reports[0].review", nullValue());
    }

    @Test
    void aReturnedReportIsCorrectedAndTheCorrectionAccepted() {
        TaskFixture task = TaskFixture.createInReviewedPlan();
        task.unit(LEAD, "acknowledgements", "{\"note\":\"已签收\"}", 201);
        task.withReport();
        task.read().body("reports[0].review.state", equalTo("PENDING_REVIEW"));

        task.unit(LEAD, "reports/r1/return", "{\"reason\":\"材料不全\"}", 403);
        task.supervisor("reports/r1/return", "{\"reason\":\"未见佐证材料\",\"correctBy\":\"2017-01-01\"}", 422)
                .contentType(PROBLEM).body("type", equalTo("urn:duban:problem:correct-by-before-return"));
        task.supervisor("reports/r1/return", "{\"reason\":\"未见佐证材料\"}", 200);
        task.supervisor("reports/r1/acceptance", "{}", 409).body("type", equalTo("urn:duban:problem:already-reviewed"));
        task.unit(LEAD, "reports/r1/corrections", """
                {"reportId":"r1-fix","unitId":"市科技局","text":"补充认定证书","reason":"按退回意见补充"}""", 201);
        task.supervisor("reports/r1/acceptance", "{}", 409).body("type", equalTo("urn:duban:problem:report-superseded"));
        task.read().body("reports[0].review.state", equalTo("PENDING_REVIEW"));
        task.supervisor("reports/r1-fix/acceptance", "{\"note\":\"予以确认\"}", 200);
        task.supervisor("reports/r1-fix/acceptance", "{}", 409)
                .body("type", equalTo("urn:duban:problem:already-reviewed"));
        task.supervisor("reports/nope/acceptance", "{}", 422).body("type", equalTo("urn:duban:problem:unknown-report"));

        String correctBy = CorrectionDeadline.withDefaults(WorkingDayCalendar.bundled())
                .dueAfterReturnOn(LocalDate.now(ZoneId.of("Asia/Shanghai"))).toString();
        task.read().body("reports", hasSize(2))
                .body("reports[0].reportId", equalTo("r1-fix"))
                .body("reports[0].review.state", equalTo("ACCEPTED"))
                .body("reports[0].review.note", equalTo("予以确认"))
                .body("reports[0].review.reviewedBy", equalTo("supervisor@duban.test"))
                .body("reports[1].review.state", equalTo("RETURNED"))
                .body("reports[1].review.reason", equalTo("未见佐证材料"))
                .body("reports[1].review.correctBy", equalTo(correctBy))
                .body("reports[1].review.reviewedAt", notNullValue());
        As.supervisor().get("/api/v1/tasks/" + task.id + "/history").then().statusCode(200)
                .body("type", hasItems("duban.task.acknowledged.v1",
                        "duban.task.report-returned.v1", "duban.task.report-accepted.v1"));

        List<Object> published = readPayloads(task.id, 6, Duration.ofSeconds(30));
        assertThat(published).hasSize(6);
        assertThat(published.get(1)).isInstanceOfSatisfying(TaskAcknowledged.class,
                ack -> assertThat(ack.note()).isEqualTo("已签收"));
        assertThat(published.get(3)).isInstanceOfSatisfying(ReportReturned.class, returned -> {
            assertThat(returned.reportId()).isEqualTo("r1");
            assertThat(returned.reason()).isEqualTo("未见佐证材料");
            assertThat(returned.correctBy()).isEqualTo(LocalDate.parse(correctBy));
        });
        assertThat(published.get(5)).isInstanceOfSatisfying(ReportAccepted.class,
                accepted -> assertThat(accepted.reportId()).isEqualTo("r1-fix"));
    }

    /** The payloads of the task's records on the ledger topic, in order, once {@code count} arrived. */
    private List<Object> readPayloads(String taskId, int count, Duration timeout) {
        List<Object> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = LedgerTopicReader.fromStart(bootstrap)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (taskId.equals(record.key())) {
                        CloudEvent envelope = codec.read(record.value());
                        found.add(codec.payload(envelope).map(Object.class::cast).orElse(envelope.type()));
                    }
                }
            }
        }
        return found;
    }
}
