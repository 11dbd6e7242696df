package duban.tasks.attachment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.endsWith;

import duban.tasks.attachment.StreamedUpload;
import duban.tasks.attachment.Uploads;
import duban.tasks.task.api.TaskFixture;
import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import duban.testing.state.TableCounts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class AttachmentResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String PATH = "/api/v1/attachments";

    private String lead;
    private String outsider;

    @BeforeEach
    void units() {
        TaskFixture.registerUnits();
        lead = TaskFixture.unit(TaskFixture.LEAD);
        outsider = TaskFixture.unit(TaskFixture.OUTSIDER);
    }

    private static TableCounts stored() {
        return TableCounts.inServiceDatabase("attachment_file", "attachment_upload", "attachment_chunk");
    }

    @Test
    void aRawUploadIsStoredByTheHashTheServerComputesAndDownloadsTheSame() {
        byte[] pdf = Uploads.pdf(3 * 1024 * 1024 + 17); // spans four chunks

        As.unit(lead).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename*=UTF-8''%E9%AB%98%E4%BC%81%E5%90%8D%E5%8D%95.pdf")
                .body(pdf).post(PATH)
                .then().statusCode(201)
                .header("Location", endsWith(PATH + "/" + Uploads.sha256(pdf)))
                .body("sha256", equalTo(Uploads.sha256(pdf)))
                .body("size", equalTo(pdf.length))
                .body("mediaType", equalTo("application/pdf"))
                .body("name", equalTo("高企名单.pdf"));

        Response download = As.unit(lead).get(PATH + "/" + Uploads.sha256(pdf));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.asByteArray()).isEqualTo(pdf);
        assertThat(download.header("ETag")).isEqualTo("\"" + Uploads.sha256(pdf) + "\"");
        assertThat(download.header("Accept-Ranges")).isEqualTo("bytes");
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"____.pdf\"; filename*=UTF-8''%E9%AB%98%E4%BC%81%E5%90%8D%E5%8D%95.pdf");
    }

    @Test
    void aMultipartUploadWithOneFilePartIsStored() {
        byte[] png = new byte[4096];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(magic, 0, png, 0, magic.length);
        png[100] = (byte) System.nanoTime();
        png[101] = (byte) (System.nanoTime() >> 8);

        As.supervisor().multiPart("file", "site-photo.png", png, "image/png").post(PATH)
                .then().statusCode(201)
                .body("sha256", equalTo(Uploads.sha256(png)))
                .body("size", equalTo(4096))
                .body("mediaType", equalTo("image/png"))
                .body("name", equalTo("site-photo.png"));
        // the name parameter names it when the client cannot put UTF-8 into the part's header
        As.supervisor().multiPart("file", "x.png", png, "image/png").queryParam("name", "现场照片.png").post(PATH)
                .then().statusCode(201).body("name", equalTo("现场照片.png"));
        As.supervisor().multiPart("file", "a.png", png, "image/png").multiPart("other", "b.png", png, "image/png")
                .post(PATH).then().statusCode(400).body("type", equalTo("urn:duban:problem:one-file-part"));

        As.auditor().get(PATH + "/" + Uploads.sha256(png)).then().statusCode(200).contentType("image/png");
    }

    @Test
    void aMultipartPartsUtf8FileNameAsBrowsersSendIt() {
        byte[] text = ("会议纪要 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        String boundary = "----duban" + System.nanoTime();
        java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"会议纪要.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(text);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        As.unit(lead).contentType("multipart/form-data; boundary=" + boundary).body(form.toByteArray()).post(PATH)
                .then().statusCode(201)
                .body("name", equalTo("会议纪要.txt"))
                .body("mediaType", equalTo("text/plain"))
                .body("size", equalTo(text.length));
    }

    @Test
    void theSameBytesTwiceAreStoredOnceAndAnsweredAlike() {
        byte[] pdf = Uploads.pdf(5000);
        Uploads.uploadAsUnit(lead, pdf, "a.pdf");
        TableCounts counts = stored();
        Object before = counts.get();

        String again = Uploads.upload(As.supervisor(), pdf, "b.pdf");

        assertThat(again).isEqualTo(Uploads.sha256(pdf));
        Object after = counts.get();
        // one more uploader, no more file nor chunk
        assertThat(after.toString()).isNotEqualTo(before.toString());
        assertThat(countOf(after, "attachment_file")).isEqualTo(countOf(before, "attachment_file"));
        assertThat(countOf(after, "attachment_chunk")).isEqualTo(countOf(before, "attachment_chunk"));
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingStored() throws Exception {
        Object before = stored().get();
        long limit = 20L * 1024 * 1024;

        // announced: refused before the body is read
        HttpResponse<String> announced = StreamedUpload.asUnit(lead, limit + 1, true, "big.pdf");
        assertThat(announced.statusCode()).isEqualTo(413);
        assertThat(announced.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
        assertThat(announced.body()).contains("urn:duban:problem:attachment-too-large");
        // sent without a length: counted while it streams, refused once past the limit
        HttpResponse<String> chunked = StreamedUpload.asUnit(lead, limit + 1, false, "big.pdf");
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("urn:duban:problem:attachment-too-large");
        // far beyond: the request limits refuse it from its length alone
        HttpResponse<String> huge = StreamedUpload.asUnit(lead, 64L * 1024 * 1024, true, "huge.pdf");
        assertThat(huge.statusCode()).isEqualTo(413);

        assertThat(stored().get()).isEqualTo(before);

        // exactly the limit is accepted, streamed both ways
        HttpResponse<String> atLimit = StreamedUpload.asUnit(lead, limit, false, "limit.pdf");
        assertThat(atLimit.statusCode()).isEqualTo(201);
        assertThat(atLimit.body()).contains("\"size\":" + limit);
    }

    @Test
    void aMediaTypeNotAcceptedOrContentNotOfTheDeclaredTypeIsRefused() {
        Object before = stored().get();

        As.unit(lead).contentType("application/x-msdownload").queryParam("name", "setup.exe")
                .body(Uploads.pdf(100)).post(PATH)
                .then().statusCode(415).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:unsupported-attachment-type"));
        As.unit(lead).contentType("application/pdf").queryParam("name", "假的.pdf")
                .body("MZ this is no PDF".getBytes(StandardCharsets.US_ASCII)).post(PATH)
                .then().statusCode(415).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:attachment-type-mismatch"));
        As.unit(lead).contentType("text/plain").queryParam("name", "伪装.txt").body(Uploads.pdf(100)).post(PATH)
                .then().statusCode(415).body("type", equalTo("urn:duban:problem:attachment-type-mismatch"));

        assertThat(stored().get()).isEqualTo(before);
    }

    @Test
    void anUploadWithoutANameOrEmptyIsABadRequest() {
        As.unit(lead).contentType("application/pdf").body(Uploads.pdf(100)).post(PATH)
                .then().statusCode(400).contentType(PROBLEM).body("type", equalTo("urn:duban:problem:missing-file-name"));
        As.unit(lead).contentType("text/plain").queryParam("name", "空.txt").body(new byte[0]).post(PATH)
                .then().statusCode(400).body("type", equalTo("urn:duban:problem:empty-attachment"));
        As.unit(lead).contentType("text/plain").queryParam("name", "../../etc/passwd\u0007").body("x").post(PATH)
                .then().statusCode(400).body("type", equalTo("urn:duban:problem:invalid-file-name"));
    }

    @Test
    void aReportNamesOnlyUploadedFilesWithTheirSize() {
        TaskFixture task = TaskFixture.create();
        byte[] pdf = Uploads.pdf(2048);
        String sha = Uploads.uploadAsUnit(lead, pdf, "名单.pdf");
        String unknown = "ab".repeat(32);

        report(task, lead, unknown, 2048).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:unknown-attachment"))
                .body("errors[0].field", equalTo("attachments[0].sha256"));
        report(task, lead, sha, 2047).then().statusCode(422)
                .body("type", equalTo("urn:duban:problem:attachment-size-mismatch"));
        // a file the reporting unit did not upload and no report of the task names is unknown to it
        byte[] others = Uploads.pdf(2048);
        String othersSha = Uploads.uploadAsUnit(outsider, others, "别人的.pdf");
        report(task, lead, othersSha, 2048).then().statusCode(422)
                .body("type", equalTo("urn:duban:problem:unknown-attachment"));
        As.supervisor().get("/api/v1/tasks/" + task.id).then().body("version", equalTo(0));

        report(task, lead, sha, 2048).then().statusCode(201);
        As.supervisor().get("/api/v1/tasks/" + task.id).then()
                .body("reports[0].attachments[0].sha256", equalTo(sha));
    }

    @Test
    void whoMayDownloadAFileAReportNames() {
        TaskFixture task = TaskFixture.create();
        byte[] pdf = Uploads.pdf(1500);
        String sha = Uploads.uploadAsUnit(lead, pdf, "名单.pdf");
        String co = TaskFixture.unit(TaskFixture.CO);

        // before any report names it: its uploader, supervisors and auditors only
        As.unit(lead).get(PATH + "/" + sha).then().statusCode(200);
        As.unit(co).get(PATH + "/" + sha).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:attachment-not-permitted"));

        report(task, lead, sha, 1500).then().statusCode(201);

        As.unit(lead).get(PATH + "/" + sha).then().statusCode(200);
        As.unit(co).get(PATH + "/" + sha).then().statusCode(200);
        As.supervisor().get(PATH + "/" + sha).then().statusCode(200);
        As.auditor().get(PATH + "/" + sha).then().statusCode(200);
        As.unit(outsider).get(PATH + "/" + sha).then().statusCode(403).contentType(PROBLEM);
        // a unit is refused alike whether or not a file exists; others learn it does not
        As.unit(outsider).get(PATH + "/" + "cd".repeat(32)).then().statusCode(403);
        As.supervisor().get(PATH + "/" + "cd".repeat(32)).then().statusCode(404).contentType(PROBLEM);
        As.service().get(PATH + "/" + sha).then().statusCode(403);
        As.anonymous().get(PATH + "/" + sha).then().statusCode(401);
        As.supervisor().get(PATH + "/NOT-A-HASH").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void rangesAndConditionalRequests() {
        byte[] pdf = Uploads.pdf(2 * 1024 * 1024 + 10);
        String sha = Uploads.uploadAsUnit(lead, pdf, "名单.pdf");
        String url = PATH + "/" + sha;
        int size = pdf.length;

        // across the first chunk boundary
        Response part = As.unit(lead).header("Range", "bytes=1048570-1048585").get(url);
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.header("Content-Range")).isEqualTo("bytes 1048570-1048585/" + size);
        assertThat(part.asByteArray()).isEqualTo(Arrays.copyOfRange(pdf, 1048570, 1048586));

        Response tail = As.unit(lead).header("Range", "bytes=-5").get(url);
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.asByteArray()).isEqualTo(Arrays.copyOfRange(pdf, size - 5, size));

        Response open = As.unit(lead).header("Range", "bytes=" + (size - 3) + "-").get(url);
        assertThat(open.statusCode()).isEqualTo(206);
        assertThat(open.header("Content-Range")).isEqualTo("bytes " + (size - 3) + "-" + (size - 1) + "/" + size);

        As.unit(lead).header("Range", "bytes=" + size + "-").get(url).then().statusCode(416).contentType(PROBLEM)
                .header("Content-Range", "bytes */" + size);

        // several ranges, or a stale If-Range: the whole file
        As.unit(lead).header("Range", "bytes=0-1,5-6").get(url).then().statusCode(200);
        As.unit(lead).header("Range", "bytes=0-1").header("If-Range", "\"other\"").get(url).then().statusCode(200);

        As.unit(lead).header("If-None-Match", "\"" + sha + "\"").get(url).then().statusCode(304)
                .header("ETag", "\"" + sha + "\"");
        As.unit(lead).header("If-None-Match", "\"" + "0".repeat(64) + "\"").get(url).then().statusCode(200);
    }

    private static Response report(TaskFixture task, String unitId, String sha, long size) {
        return As.unit(unitId).contentType(ContentType.JSON).body("""
                {"unitId":"%s","text":"已完成第二批高企推荐工作。",
                 "attachments":[{"name":"名单.pdf","size":%d,"sha256":"%s"}]}""".formatted(unitId, size, sha))
                .post("/api/v1/tasks/" + task.id + "/reports");
    }

    @SuppressWarnings("unchecked")
    private static long countOf(Object counts, String table) {
        return ((java.util.Map<String, Long>) counts).get(table);
    }
}
