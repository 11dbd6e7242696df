package duban.tasks.imports.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;

import duban.tasks.imports.ImportIds;
import duban.tasks.imports.SeedNotice;
import duban.tasks.ledger.SeedLedgerFile;
import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import duban.workbook.Ledger;
import duban.workbook.LedgerRow;
import duban.workbook.LedgerWorkbookWriter;
import duban.workbook.Milestone;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class LedgerImportResourceTest {

    private static final String LEDGER = "/api/v1/imports/ledger";
    private static final String XLSX = LedgerImportResource.XLSX;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aDryRunReadsTheSeedLedgerAsThePlanWithoutRecordingAnything() throws SQLException {
        long before = storedEvents();
        As.supervisor().contentType(XLSX).body(SeedLedgerFile.bytes()).post(LEDGER + "?dryRun=true")
                .then().statusCode(200)
                .body("summary.leafTasks", equalTo(27))
                .body("summary.groups", equalTo(4))
                .body("plan.docNumber", equalTo(SeedNotice.DOC_NUMBER))
                .body("tasks", hasSize(1))
                .body("tasks[0].children", hasSize(9))
                .body("units.find { it.name == '新乡市科学技术局' }.category", equalTo("CITY_DEPARTMENT"))
                .body("groups.find { it.phrase == '自创区外' }.members", org.hamcrest.Matchers.hasItem("卫辉市"));
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theExportOfAnImportedNoticeImportsAsNothingNew() throws SQLException {
        As.supervisor().contentType("text/plain").body(SeedNotice.text().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/notices").then().statusCode(oneOf(200, 201));
        byte[] exported = As.auditor().get("/api/v1/plans/" + ImportIds.plan(SeedNotice.DOC_NUMBER) + "/ledger.xlsx")
                .then().statusCode(200).extract().asByteArray();
        long before = storedEvents();

        As.supervisor().multiPart("file", "台账.xlsx", exported, XLSX).post(LEDGER)
                .then().statusCode(200)
                .body("planId", equalTo(ImportIds.plan(SeedNotice.DOC_NUMBER)))
                .body("tasksCreated", equalTo(0))
                .body("unitsRegistered", equalTo(0));
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aNewLedgerImportsOnceAndAgainChangesNothing() throws Exception {
        String docNumber = "新政办〔2026〕" + UUID.randomUUID().toString().substring(0, 8) + "号";
        byte[] file = workbook(new Ledger("测试工作方案", docNumber, List.of(new LedgerRow("1", "1", "建设孵化器",
                "", List.of("市科技局"), List.of("红旗区"), "2026年12月底前完成",
                List.of(new Milestone(LocalDate.of(2026, 12, 31), "2026年12月底前完成", true, false)), "", "", "")),
                List.of()));

        As.supervisor().contentType(XLSX).body(file).post(LEDGER).then().statusCode(201)
                .body("tasksCreated", equalTo(1)).body("milestonesScheduled", equalTo(1));
        long after = storedEvents();
        As.supervisor().contentType(XLSX).body(file).post(LEDGER).then().statusCode(200)
                .body("tasksCreated", equalTo(0));
        assertThat(storedEvents()).isEqualTo(after);
        As.auditor().get("/api/v1/tasks/" + ImportIds.task(docNumber, "1")).then().statusCode(200)
                .body("title", equalTo("建设孵化器"));
    }

    @Test
    void anIdempotencyKeyReplaysItsAnswerAndRefusesAnotherFile() throws Exception {
        String key = "ledger-" + UUID.randomUUID();
        String docNumber = "新政办〔2026〕" + UUID.randomUUID().toString().substring(0, 8) + "号";
        byte[] file = workbook(new Ledger("测试工作方案", docNumber, List.of(new LedgerRow("1", "1", "建设众创空间",
                "", List.of("市科技局"), List.of(), "", List.of(), "", "", "")), List.of()));

        As.supervisor().header("Idempotency-Key", key).contentType(XLSX).body(file).post(LEDGER)
                .then().statusCode(201).body("tasksCreated", equalTo(1));
        long after = storedEvents();
        As.supervisor().header("Idempotency-Key", key).contentType(XLSX).body(file).post(LEDGER)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("tasksCreated", equalTo(1));
        As.supervisor().header("Idempotency-Key", key).contentType(XLSX).body(SeedLedgerFile.bytes()).post(LEDGER)
                .then().statusCode(422).contentType("application/problem+json");
        assertThat(storedEvents()).isEqualTo(after);
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedAndNothingIsAppended() throws SQLException {
        long before = storedEvents();
        As.supervisor().contentType(XLSX).body("牵头单位:市科技局".getBytes(StandardCharsets.UTF_8)).post(LEDGER)
                .then().statusCode(415).contentType("application/problem+json");
        As.supervisor().contentType(XLSX).body(new byte[0]).post(LEDGER)
                .then().statusCode(400).contentType("application/problem+json");
        As.supervisor().multiPart("other", "x.txt", new byte[] {1}).post(LEDGER)
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aWorkbookWithOtherHeadersIsRefusedNamingTheCell() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("工作台账").createRow(2).createCell(0).setCellValue("编号");
            workbook.createSheet("目标分解");
            workbook.write(out);
            file = out.toByteArray();
        }
        long before = storedEvents();
        As.supervisor().contentType(XLSX).body(file).post(LEDGER)
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("工作台账!A3"));
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 80; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(200_000);
        As.supervisor().contentType(XLSX).body(bytes.toByteArray()).post(LEDGER)
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("too large"));
    }

    private static byte[] workbook(Ledger ledger) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LedgerWorkbookWriter().write(ledger, out);
        return out.toByteArray();
    }

    private long storedEvents() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM domain_event_entry")) {
            row.next();
            return row.getLong(1);
        }
    }
}
