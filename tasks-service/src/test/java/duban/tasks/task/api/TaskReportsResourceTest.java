package duban.tasks.task.api;

import static duban.tasks.task.api.TaskFixture.PROBLEM;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import duban.tasks.attachment.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class TaskReportsResourceTest {

    /** The file the corrections name, uploaded by both lead units so that each may name it. */
    private static final byte[] LIST = Uploads.pdf(2048);

    private static final String CORRECTION = """
            {"reportId":"r1-fix","unitId":"市科技局","text":"已完成第二批高企推荐工作,推荐企业15家。",
             "attachments":[{"name":"推荐名单.pdf","size":2048,"sha256":"%s"}],"reason":"漏报推荐数量"}"""
            .formatted(Uploads.sha256(LIST));

    @BeforeEach
    void uploadTheList() {
        TaskFixture.registerUnits();
        Uploads.uploadAsUnit(TaskFixture.unit(TaskFixture.LEAD), LIST, "推荐名单.pdf");
        Uploads.uploadAsUnit(TaskFixture.unit(TaskFixture.SECOND_LEAD), LIST, "推荐名单.pdf");
    }

    @Test
    void aCorrectionSupersedesTheReportWhichStaysOnRecordMarked() {
        TaskFixture task = TaskFixture.create().withReport();

        task.unit("市科技局", "reports/r1/corrections", CORRECTION, 201).body("reportId", equalTo("r1-fix"));

        task.read().body("reports", hasSize(2))
                .body("reports[0].reportId", equalTo("r1-fix"))
                .body("reports[0].inForce", equalTo(true))
                .body("reports[0].supersedes", equalTo("r1"))
                .body("reports[0].correctionReason", equalTo("漏报推荐数量"))
                .body("reports[0].attachments[0].name", equalTo("推荐名单.pdf"))
                .body("reports[0].period", equalTo(task.read().extract().<String>path("reports[1].period")))
                .body("reports[1].reportId", equalTo("r1"))
                .body("reports[1].inForce", equalTo(false))
                .body("reports[1].supersededBy", equalTo("r1-fix"))
                .body("reports[1].text", equalTo("已完成第二批高企推荐工作。"))
                .body("reports[1].supersedes", nullValue());
    }

    @Test
    void onlyTheUnitThatFiledAReportCorrectsIt() {
        TaskFixture task = TaskFixture.create().withReport();

        task.unit("市财政局", "reports/r1/corrections", CORRECTION.replace("\"市科技局\"", "\"市财政局\""), 403)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:not-report-owner"));
        task.hasVersion(1);
    }

    @Test
    void aSupersededReportCannotBeCorrectedAgain() {
        TaskFixture task = TaskFixture.create().withReport();
        task.unit("市科技局", "reports/r1/corrections", CORRECTION, 201);

        task.unit("市科技局", "reports/r1/corrections", CORRECTION.replace("r1-fix", "r1-fix-2"), 409)
                .body("type", equalTo("urn:duban:problem:report-superseded"));
        task.unit("市科技局", "reports/r9/corrections", CORRECTION.replace("r1-fix", "r9-fix"), 422)
                .body("type", equalTo("urn:duban:problem:unknown-report"));
    }

    @Test
    void aCorrectionNamingAnUnknownUnitIsRefusedWithCloseMatches() {
        TaskFixture task = TaskFixture.create().withReport();

        task.unit("市科技局", "reports/r1/corrections", CORRECTION.replace("\"市科技局\"", "\"市科技\""), 422)
                .body("type", equalTo("urn:duban:problem:unknown-unit"))
                .body("errors[0].field", equalTo("unitId"))
                .body("errors[0].message", containsString("市科技局"));
    }

    @Test
    void aReportOnACancelledTaskIsAConflict() {
        TaskFixture task = TaskFixture.create().cancelled();

        task.unit("市科技局", "reports", "{\"unitId\":\"市科技局\",\"text\":\"迟到的进展\"}", 409)
                .body("type", equalTo("urn:duban:problem:task-closed"));
    }
}
