package duban.tasks.attachment.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import duban.tasks.attachment.Uploads;
import duban.tasks.task.api.TaskFixture;
import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import duban.testing.state.TableCounts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole way with duban.attachments.store=s3: upload, download, ranges, against S3Mock; PostgreSQL keeps no byte. */
@QuarkusTest
@TestProfile(S3AttachmentsTest.S3Store.class)
class S3AttachmentsTest {

    /** Attachments in S3Mock (its own test resource, so that this profile alone starts it). */
    public static class S3Store implements QuarkusTestProfile {
        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(KafkaTestResource.class),
                    new TestResourceEntry(PostgresTestResource.class, Map.of("database", "tasks")),
                    new TestResourceEntry(S3MockTestResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    BlobStore store;

    @Test
    void filesGoToTheBucketAndComeBackWholeOrInPart() {
        assertThat(store.kind()).isEqualTo("s3");
        TaskFixture.registerUnits();
        String lead = TaskFixture.unit(TaskFixture.LEAD);
        Object chunks = TableCounts.inServiceDatabase("attachment_chunk").get();
        byte[] pdf = Uploads.pdf(2 * 1024 * 1024 + 99);

        String sha = Uploads.uploadAsUnit(lead, pdf, "名单.pdf");
        Uploads.uploadAsUnit(lead, pdf, "名单.pdf");

        Response whole = As.unit(lead).get("/api/v1/attachments/" + sha);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.asByteArray()).isEqualTo(pdf);
        Response part = As.supervisor().header("Range", "bytes=100-199").get("/api/v1/attachments/" + sha);
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.asByteArray()).isEqualTo(Arrays.copyOfRange(pdf, 100, 200));
        TaskFixture task = TaskFixture.create();
        As.unit(lead).contentType(ContentType.JSON).body("{\"unitId\":\"" + lead + "\",\"text\":\"已完成。\","
                + "\"attachments\":[{\"name\":\"名单.pdf\",\"size\":" + pdf.length + ",\"sha256\":\"" + sha + "\"}]}")
                .post("/api/v1/tasks/" + task.id + "/reports").then().statusCode(201);
        As.unit(TaskFixture.unit(TaskFixture.CO)).get("/api/v1/attachments/" + sha).then().statusCode(200);
        // files the other tests of this JVM kept in PostgreSQL are missing here; this one is read and intact
        As.auditor().get("/api/v1/audit/verify").then().statusCode(200)
                .body("attachmentsChecked", greaterThan(0))
                .body("attachmentProblems.sha256", not(hasItem(sha)));
        assertThat(TableCounts.inServiceDatabase("attachment_chunk").get()).isEqualTo(chunks);
    }
}
