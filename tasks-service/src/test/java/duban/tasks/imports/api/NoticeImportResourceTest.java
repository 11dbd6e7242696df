package duban.tasks.imports.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

import duban.tasks.imports.ImportIds;
import duban.tasks.imports.SeedNotice;
import duban.tasks.notice.NoticeParser;
import duban.tasks.notice.UnitDirectory;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import duban.testing.files.HostileFiles;
import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class NoticeImportResourceTest {

    static final String NOTICES = "/api/v1/imports/notices";
    static final String TEXT = "text/plain; charset=UTF-8";
    static final String PROBLEM = "application/problem+json";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aDryRunReturnsTheParsedPlanAndAppendsNothing() {
        long before = storedEvents();

        As.supervisor().contentType(TEXT).body(SeedNotice.text().getBytes(StandardCharsets.UTF_8))
                .post(NOTICES + "?dryRun=true")
                .then().statusCode(200)
                .body("plan.docNumber", equalTo(SeedNotice.DOC_NUMBER))
                .body("plan.issuedOn", equalTo("2017-09-28"))
                .body("tasks[0].children", hasSize(9))
                .body("tasks[0].children[1].children[0].children[1].code", equalTo("一.(二).1.(2)"))
                // The directory's full name once another test imported the seed, the notice's own spelling before.
                .body("tasks[0].children[1].children[0].children[1].leadUnits[0]",
                        org.hamcrest.Matchers.oneOf("市科技局", "新乡市科学技术局"))
                .body("tasks[0].children[1].children[0].children[1].milestones", hasSize(3))
                .body("tasks[0].children[1].children[0].children[1].targets[0].total.min", equalTo(30))
                .body("groups.phrase", hasSize(4))
                .body("warnings.line", everyItem(greaterThan(0)));

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aDocxUploadIsReadLikeItsText() throws IOException {
        As.supervisor().multiPart("file", "102号.docx", docx(SeedNotice.text()),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .post(NOTICES + "?dryRun=true")
                .then().statusCode(200)
                .body("plan.docNumber", equalTo(SeedNotice.DOC_NUMBER))
                .body("tasks[0].children", hasSize(9));
    }

    @Test
    void theSeedImportsOnceAndASecondImportAppendsNothing() {
        Response first = As.supervisor().contentType(TEXT).header("Idempotency-Key", "seed-import")
                .body(SeedNotice.text().getBytes(StandardCharsets.UTF_8)).post(NOTICES);
        // Another test class may have imported the seed into this store already: then nothing is new.
        if (first.statusCode() == 201) {
            first.then().body("planId", equalTo(ImportIds.plan(SeedNotice.DOC_NUMBER)))
                    .body("tasksCreated", equalTo(38))
                    .body("milestonesScheduled", equalTo(30))
                    .body("targetsSet", equalTo(25))
                    .body("groupsDefined", equalTo(4))
                    .body("warnings.size()", greaterThan(0));
        } else {
            first.then().statusCode(200);
        }
        long afterFirst = storedEvents();

        As.supervisor().contentType(TEXT).body(SeedNotice.text().getBytes(StandardCharsets.UTF_8)).post(NOTICES)
                .then().statusCode(200)
                .body("planId", equalTo(ImportIds.plan(SeedNotice.DOC_NUMBER)))
                .body("tasksCreated", equalTo(0))
                .body("unitsRegistered", equalTo(0))
                .body("groupsDefined", equalTo(0))
                .body("milestonesScheduled", equalTo(0))
                .body("targetsSet", equalTo(0))
                .body("skipped", greaterThan(38));
        assertThat(storedEvents()).isEqualTo(afterFirst);

        assertThat(everyTaskExists()).isEqualTo(27);
        Response highTech = As.supervisor().get("/api/v1/tasks/" + task("一.(二).1.(2)"));
        highTech.then().statusCode(200).body("title", equalTo("加快发展高新技术企业"));
        assertThat(highTech.jsonPath().getList("leadUnitIds", String.class))
                .containsExactly(unitIds("市科技局", "市财政局", "市国税局", "市地税局").toArray(String[]::new));
        As.supervisor().get("/api/v1/tasks/" + task("一.(二).2.(1)")).then().statusCode(200)
                .body("leadUnitIds", equalTo(unitIds("市委组织部")))
                .body("parentId", equalTo(task("一.(二).2")));
        As.supervisor().get("/api/v1/tasks/" + task("一.(九)")).then().statusCode(200)
                .body("leadUnitIds", equalTo(unitIds("市科技局", "市发改委")));
        As.supervisor().get("/api/v1/tasks/" + task("一.(二)")).then().statusCode(200)
                .body("leadUnitIds", hasSize(0));
        // …并从10月份开始每半月报送工作进展情况: the task's reporting cadence.
        As.supervisor().get("/api/v1/tasks/" + task("一.(三).1")).then().statusCode(200)
                .body("reportingCadence.frequency", equalTo("SEMI_MONTHLY"))
                .body("reportingCadence.startsOn", equalTo("2017-10-01"))
                .body("leaders", hasSize(0));
        // 新引进新型研发机构19家…,其中新引进高端新型研发机构6家: the 6 are part of the 19.
        As.supervisor().get("/api/v1/tasks/" + task("一.(二).4.(2)")).then().statusCode(200)
                .body("targets", hasSize(2))
                .body("targets[0].partOfTargetId", equalTo(null))
                .body("targets[1].total", equalTo(6))
                .body("targets[1].partOfTargetId", equalTo(ImportIds.target(task("一.(二).4.(2)"), 0)));

        // The directory now knows every unit, the near miss 风泉区 as an alias, and the shared groups.
        assertThat(query("SELECT array_to_string(aliases, ',') FROM unit_directory WHERE name = ?", "凤泉区"))
                .isEqualTo("风泉区");
        As.supervisor().contentType(TEXT).body(SeedNotice.text().getBytes(StandardCharsets.UTF_8))
                .post(NOTICES + "?dryRun=true")
                .then().statusCode(200)
                .body("units.findAll { !it.known }", hasSize(0))
                .body("groups.find { it.phrase == '各县(市)、区' }.derivation", equalTo("DIRECTORY"))
                .body("groups.find { it.phrase == '其他县(市)、区' }.derivation", equalTo("REMAINDER"));
    }

    @Test
    void theSameIdempotencyKeyWithAnotherNoticeIsRefusedAndAppendsNothing() {
        String key = "notice-" + java.util.UUID.randomUUID();
        byte[] seed = SeedNotice.text().getBytes(StandardCharsets.UTF_8);
        As.supervisor().contentType(TEXT).header("Idempotency-Key", key).body(seed).post(NOTICES)
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
        long before = storedEvents();

        As.supervisor().contentType(TEXT).header("Idempotency-Key", key)
                .body((SeedNotice.text() + "\n10. 新增一项工作。牵头单位:市科技局").getBytes(StandardCharsets.UTF_8))
                .post(NOTICES)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:duban:problem:idempotency-key-reused"));
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aTextWithoutTasksImportsNothing() {
        long before = storedEvents();
        As.supervisor().contentType(TEXT).body("各位同事:\n下周一开会。\n".getBytes(StandardCharsets.UTF_8)).post(NOTICES)
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:notice-without-tasks"));
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anEmptyBodyIsABadRequest() {
        As.supervisor().contentType(TEXT).body(new byte[0]).post(NOTICES)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:empty-notice"));
    }

    @Test
    void aBodyThatIsNotUtf8IsABadRequest() {
        byte[] gbk = "新乡市人民政府办公室".getBytes(java.nio.charset.Charset.forName("GBK"));
        As.supervisor().contentType("text/plain").body(gbk).post(NOTICES + "?dryRun=true")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:notice-not-utf8"));
    }

    @Test
    void anOversizedBodyIsABadRequestAndAppendsNothing() {
        long before = storedEvents();
        byte[] huge = "一、".repeat(400_000).getBytes(StandardCharsets.UTF_8);
        As.supervisor().contentType(TEXT).body(huge).post(NOTICES)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:notice-too-large"));
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anotherCitysNoticeRegistersItsOwnUnitsNeverXinxiangs() {
        Response seed = As.supervisor().contentType(TEXT).body(SeedNotice.text().getBytes(StandardCharsets.UTF_8))
                .post(NOTICES);
        seed.then().statusCode(anyOf(equalTo(201), equalTo(200)));
        String xinxiangFinance = query("SELECT unit_id FROM unit_directory WHERE name = ?", "新乡市财政局");
        assertThat(xinxiangFinance).isEqualTo(ImportIds.unit("市财政局"));

        Response anyang = As.supervisor().contentType(TEXT).body(otherCity("安阳市人民政府办公室", "安政办〔2024〕5号")
                .getBytes(StandardCharsets.UTF_8)).post(NOTICES);
        anyang.then().statusCode(anyOf(equalTo(201), equalTo(200)));
        assertThat(anyang.jsonPath().getList("warnings.code", String.class)).contains("CITY_UNKNOWN");
        String anyangFinance = ImportIds.unit("安阳市/市财政局");
        String anyangCommerce = ImportIds.unit("安阳市/市商务局");
        String planId = ImportIds.plan("安政办〔2024〕5号");
        String taskId = ImportIds.task("安政办〔2024〕5号", "一.(一)");
        assertThat(As.supervisor().get("/api/v1/tasks/" + taskId).jsonPath().getList("leadUnitIds", String.class))
                .containsExactly(anyangFinance);
        assertThat(As.supervisor().get("/api/v1/tasks/" + ImportIds.task("安政办〔2024〕5号", "一.(二)"))
                .jsonPath().getList("leadUnitIds", String.class)).containsExactly(anyangCommerce);
        // Registered under the names as written with the place (no two units share a name), never under 新乡's.
        assertThat(query("SELECT name FROM unit_directory WHERE unit_id = ?", anyangFinance)).isEqualTo("市财政局(安阳市)");
        assertThat(query("SELECT name FROM unit_directory WHERE unit_id = ?", anyangCommerce)).isEqualTo("市商务局(安阳市)");
        assertThat(query("SELECT name FROM unit_directory WHERE unit_id = ?", xinxiangFinance)).isEqualTo("新乡市财政局");
        assertThat(planId).isEqualTo(anyang.jsonPath().getString("planId"));
        // 安阳's next notice finds 安阳's units.
        As.supervisor().contentType(TEXT).body(otherCity("安阳市人民政府办公室", "安政办〔2024〕6号")
                        .getBytes(StandardCharsets.UTF_8)).post(NOTICES + "?dryRun=true")
                .then().statusCode(200)
                .body("units.findAll { !it.known }", hasSize(0))
                .body("units.name", org.hamcrest.Matchers.containsInAnyOrder("市财政局(安阳市)", "市商务局(安阳市)"));

        // A third city writing the same short names gets units of its own.
        As.supervisor().contentType(TEXT).body(otherCity("鹤壁市人民政府办公室", "鹤政办〔2024〕9号")
                        .getBytes(StandardCharsets.UTF_8)).post(NOTICES)
                .then().statusCode(anyOf(equalTo(201), equalTo(200)));
        assertThat(As.supervisor().get("/api/v1/tasks/" + ImportIds.task("鹤政办〔2024〕9号", "一.(一)"))
                .jsonPath().getList("leadUnitIds", String.class)).containsExactly(ImportIds.unit("鹤壁市/市财政局"));

        // And 新乡's notices still find 新乡's units, not the ones written 市财政局 by another city.
        As.supervisor().contentType(TEXT).body(SeedNotice.text().getBytes(StandardCharsets.UTF_8))
                .post(NOTICES + "?dryRun=true")
                .then().statusCode(200)
                .body("units.findAll { !it.known }", hasSize(0))
                .body("units.name", org.hamcrest.Matchers.hasItem("新乡市财政局"))
                .body("units.name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("市财政局")))
                .body("warnings.code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("CITY_UNKNOWN")));
    }

    private static String otherCity(String issuer, String docNumber) {
        return String.join("\n", issuer + "关于印发营商环境提升工作方案的通知", docNumber, issuer, "2024年3月1日",
                "营商环境提升工作方案", "一、重点任务",
                "(一)优化财政资金拨付流程", "牵头单位:市财政局", "时间进度:2024年6月底前完成。",
                "(二)推进外资项目落地", "牵头单位:市商务局", "配合单位:市财政局", "时间进度:2024年9月底前完成。");
    }

    @Test
    void aDryRunAnswersTheSummaryFirstWithTheParsedNoticesFigures() {
        Response answer = As.supervisor().contentType(TEXT).body(SeedNotice.text().getBytes(StandardCharsets.UTF_8))
                .post(NOTICES + "?dryRun=true");
        answer.then().statusCode(200);
        assertThat(answer.asString()).startsWith("{\"summary\":");

        // The figures of the tree the parser reads; units and warnings depend on what the directory knows already.
        ParsedNotice seed = NoticeParser.parse(SeedNotice.text(), UnitDirectory.empty());
        JsonPath json = answer.jsonPath();
        assertThat(json.getInt("summary.leafTasks")).isEqualTo(seed.leafTasks().size()).isEqualTo(27);
        assertThat(json.getInt("summary.tasks")).isEqualTo(seed.allTasks().size());
        assertThat(json.getInt("summary.milestones"))
                .isEqualTo(seed.allTasks().stream().mapToInt(t -> t.milestones().size()).sum());
        assertThat(json.getInt("summary.targets"))
                .isEqualTo(seed.allTasks().stream().mapToInt(t -> t.targets().size()).sum());
        assertThat(json.getInt("summary.groups")).isEqualTo(seed.groups().size());
        List<Boolean> known = json.getList("units.known", Boolean.class);
        assertThat(json.getInt("summary.unitsKnown")).isEqualTo(known.stream().filter(k -> k).count());
        assertThat(json.getInt("summary.unitsNew")).isEqualTo(known.stream().filter(k -> !k).count());
        Map<String, Integer> byCode = new TreeMap<>();
        json.getList("warnings.code", String.class).forEach(code -> byCode.merge(code, 1, Integer::sum));
        assertThat(new TreeMap<>(json.<String, Integer>getMap("summary.warningsByCode"))).isEqualTo(byCode);
        assertThat(json.getInt("summary.warnings")).isEqualTo(byCode.values().stream().mapToInt(i -> i).sum());
    }

    @Test
    void aDocAndAPdfOfTheSeedAreReadLikeItsText() {
        for (String file : List.of("xinxiang-2017-102.doc", "xinxiang-2017-102.pdf")) {
            As.supervisor().multiPart("file", file, fixture(file), "application/octet-stream")
                    .post(NOTICES + "?dryRun=true")
                    .then().statusCode(200)
                    .body("summary.leafTasks", equalTo(27))
                    .body("plan.docNumber", equalTo(SeedNotice.DOC_NUMBER))
                    .body("tasks[0].children", hasSize(9))
                    .body("tasks[0].children[1].children[0].children[1].milestones", hasSize(3));
        }
    }

    @Test
    void aTextFileUploadIsReadAsText() {
        As.supervisor().multiPart("file", "102号.txt", SeedNotice.text().getBytes(StandardCharsets.UTF_8), "text/plain")
                .post(NOTICES + "?dryRun=true")
                .then().statusCode(200)
                .body("summary.leafTasks", equalTo(27));
    }

    @Test
    void filesWithoutReadableTextAreRefusedAndStoreNothing() throws Exception {
        long before = storedEvents();
        refused("通知.wps", worksFile(), 415, "wps-document");
        refused("scan.pdf", fixture("scan.pdf"), 422, "pdf-without-text")
                .body("detail", containsString("OCR"));
        refused("102号.pdf", lockedPdf(), 422, "encrypted-notice");
        refused("scan.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, 415,
                "unsupported-notice-format");
        refused("notice.docx", "not a zip".getBytes(StandardCharsets.UTF_8), 415, "unsupported-notice-format");
        byte[] pdf = fixture("xinxiang-2017-102.pdf");
        refused("102号.pdf", Arrays.copyOf(pdf, 2000), 422, "damaged-notice-file");
        refused("bomb.pdf", HostileFiles.pdfOfSpaces(65L << 20), 400, "notice-too-large");
        assertThat(storedEvents()).isEqualTo(before);
    }

    private static ValidatableResponse refused(String name, byte[] content, int status,
                                                                         String type) {
        return As.supervisor().multiPart("file", name, content, "application/octet-stream").post(NOTICES)
                .then().statusCode(status).contentType(PROBLEM)
                .body("type", equalTo("urn:duban:problem:" + type));
    }

    /** A Works / old WPS document: an OLE2 file whose text is in a CONTENTS stream, without a Word stream. */
    private static byte[] worksFile() throws IOException {
        try (POIFSFileSystem file = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            file.createDocument(new ByteArrayInputStream(new byte[600]), "CONTENTS");
            file.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] lockedPdf() throws IOException {
        try (PDDocument document = Loader.loadPDF(fixture("xinxiang-2017-102.pdf"));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The notice files the parser's tests read, made once from the seed notice with LibreOffice. */
    private static byte[] fixture(String name) {
        try {
            return Files.readAllBytes(Path.of("../tasks-notice-parser/src/test/resources/fixtures/files", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String task(String code) {
        return ImportIds.task(SeedNotice.DOC_NUMBER, code);
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n", -1)) {
                document.createParagraph().createRun().setText(line.replace("\r", ""));
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private List<String> unitIds(String... names) {
        List<String> ids = new ArrayList<>();
        for (String name : names) {
            // Units are registered under their full names; the name the notice writes is an alias.
            ids.add(query("SELECT unit_id FROM unit_directory WHERE ? = ANY (aliases) OR name = ? ORDER BY name = ? "
                    + "DESC LIMIT 1", name, name, name));
        }
        return ids;
    }

    /** Every node of the parsed tree exists as a task of the plan; returns how many of them are leaves. */
    private static long everyTaskExists() {
        ParsedNotice seed = NoticeParser.parse(SeedNotice.text(), UnitDirectory.empty());
        for (ParsedTask task : seed.allTasks()) {
            As.supervisor().get("/api/v1/tasks/" + task(task.code())).then().statusCode(200)
                    .body("code", equalTo(task.code()))
                    .body("planId", equalTo(ImportIds.plan(SeedNotice.DOC_NUMBER)));
        }
        return seed.leafTasks().size();
    }

    private long storedEvents() {
        return Long.parseLong(query("SELECT count(*) FROM domain_event_entry"));
    }

    private String query(String sql, String... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
