package duban.tasks.attachment.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import duban.tasks.attachment.Uploads;
import duban.tasks.task.api.TaskFixture;
import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The auditor's verify hashes every attachment the ledger names: a blob altered or deleted in storage is named. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class AttachmentVerificationTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCorruptedOrMissingBlobIsReportedAndAnIntactOneIsNot() throws Exception {
        TaskFixture task = TaskFixture.create();
        String lead = TaskFixture.unit(TaskFixture.LEAD);
        byte[] pdf = Uploads.pdf(1024 * 1024 + 300);
        String sha = Uploads.uploadAsUnit(lead, pdf, "名单.pdf");
        As.unit(lead).contentType(ContentType.JSON).body("""
                {"reportId":"r-verify","unitId":"%s","text":"已完成。",
                 "attachments":[{"name":"名单.pdf","size":%d,"sha256":"%s"}]}""".formatted(lead, pdf.length, sha))
                .post("/api/v1/tasks/" + task.id + "/reports").then().statusCode(201);

        As.auditor().get("/api/v1/audit/verify").then().statusCode(200)
                .body("attachmentProblems.sha256", not(hasItem(sha)));

        byte[] original = chunk(sha, 1);
        try {
            byte[] altered = original.clone();
            altered[7] ^= 1;
            setChunk(sha, 1, altered);
            As.auditor().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(true))
                    .body("attachmentsIntact", equalTo(false))
                    .body("attachmentProblems.find { it.sha256 == '" + sha + "' }.problem", equalTo("corrupt"))
                    .body("attachmentProblems.find { it.sha256 == '" + sha + "' }.taskId", equalTo(task.id))
                    .body("attachmentProblems.find { it.sha256 == '" + sha + "' }.reportId", equalTo("r-verify"));

            execute("DELETE FROM attachment_chunk WHERE sha256 = '" + sha + "'");
            As.auditor().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("attachmentProblems.find { it.sha256 == '" + sha + "' }.problem", equalTo("missing"));
        } finally {
            execute("DELETE FROM attachment_chunk WHERE sha256 = '" + sha + "'");
            Uploads.uploadAsUnit(lead, pdf, "名单.pdf");
        }
        As.auditor().get("/api/v1/audit/verify").then().statusCode(200)
                .body("attachmentProblems.sha256", not(hasItem(sha)));
    }

    private byte[] chunk(String sha, int seq) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT data FROM attachment_chunk WHERE sha256 = ? AND seq = ?")) {
            q.setString(1, sha);
            q.setInt(2, seq);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getBytes(1);
            }
        }
    }

    private void setChunk(String sha, int seq, byte[] data) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement u = c.prepareStatement("UPDATE attachment_chunk SET data = ? WHERE sha256 = ? AND seq = ?")) {
            u.setBytes(1, data);
            u.setString(2, sha);
            u.setInt(3, seq);
            u.executeUpdate();
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }
}
