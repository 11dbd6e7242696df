package duban.tasks.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import duban.tasks.imports.ImportIds;
import duban.tasks.imports.SeedNotice;
import duban.tasks.ledger.SeedLedgerFile;
import duban.tasks.ledger.query.PlanLedgerQuery;
import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import duban.workbook.Ledger;
import duban.workbook.LedgerRow;
import duban.workbook.LedgerWorkbookWriter;
import duban.workbook.Soffice;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class PlanLedgerResourceTest {

    private static final String XLSX = PlanLedgerResource.XLSX;
    private static final String PLAN = ImportIds.plan(SeedNotice.DOC_NUMBER);

    @Inject
    PlanLedgerQuery query;

    @BeforeEach
    void importSeed() {
        // Idempotent: whichever test class imported it first, the plan is there once.
        As.supervisor().contentType("text/plain").body(SeedNotice.text().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/notices").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    @Test
    void theSeedPlanExportsAsTheLedgerWorkbook() throws Exception {
        As.auditor().get("/api/v1/plans/" + PLAN + "/ledger.xlsx").then().statusCode(200);
        long started = System.nanoTime();
        Response response = As.auditor().get("/api/v1/plans/" + PLAN + "/ledger.xlsx");
        long millis = (System.nanoTime() - started) / 1_000_000;
        response.then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString("filename=\"ledger-" + PLAN + ".xlsx\""))
                .header("Content-Disposition", containsString("filename*=UTF-8''"));
        byte[] file = response.asByteArray();
        System.out.println("Exported the seed ledger (warm) in " + millis + " ms: " + file.length + " bytes");
        long read = System.nanoTime();
        Ledger fromStore = query.ledger(PLAN, null).orElseThrow();
        long written = System.nanoTime();
        new LedgerWorkbookWriter().write(fromStore, new java.io.ByteArrayOutputStream());
        System.out.printf("of which reading the store %d ms, writing the workbook %d ms%n",
                (written - read) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
        SeedLedgerFile.updateIfAsked(file);

        Ledger ledger = SeedLedgerFile.read(file);
        assertThat(ledger.docNumber()).isEqualTo(SeedNotice.DOC_NUMBER);
        assertThat(ledger.rows()).hasSize(27);
        assertThat(ledger.sections()).extracting(section -> section.code())
                .contains("一", "一.(二)", "一.(二).1");
        LedgerRow highTech = ledger.rows().stream().filter(row -> row.taskCode().equals("一.(二).1.(2)"))
                .findFirst().orElseThrow();
        assertThat(highTech.title()).isEqualTo("加快发展高新技术企业");
        assertThat(highTech.leadUnits()).contains("新乡市科学技术局", "新乡市财政局");
        assertThat(highTech.milestones()).isNotEmpty();
        assertThat(highTech.completion()).startsWith("推进中").contains("节点 1/3 已完成");
        assertThat(ledger.quotas()).anySatisfy(quota -> {
            assertThat(quota.taskCode()).isEqualTo("一.(二).1.(2)");
            assertThat(quota.allocations()).containsKeys("红旗区", "自创区外", "卫辉市");
        });
        // The export of the seed is the file the round trip imports into an empty store.
        SeedLedgerFile.assertSameLedger(ledger, SeedLedgerFile.read(SeedLedgerFile.bytes()));
    }

    @Test
    void theFileNameIsThePlansTitleEncodedForHttp() {
        String disposition = LedgerFileName.contentDisposition("p-1", "新乡市/工作方案");
        assertThat(disposition).isEqualTo("attachment; filename=\"ledger-p-1.xlsx\"; filename*=UTF-8''"
                + "%E6%96%B0%E4%B9%A1%E5%B8%82%20%E5%B7%A5%E4%BD%9C%E6%96%B9%E6%A1%88-"
                + "%E5%B7%A5%E4%BD%9C%E5%8F%B0%E8%B4%A6.xlsx");
    }

    @Test
    void anUnknownPlanIsNotFound() {
        As.auditor().get("/api/v1/plans/" + UUID.randomUUID() + "/ledger.xlsx")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aPlanAsOfBeforeItsRegistrationIsNotFoundAndABadInstantIsRefused() {
        As.auditor().get("/api/v1/plans/" + PLAN + "/ledger.xlsx?asOf=2000-01-01T00:00:00+08:00")
                .then().statusCode(404).contentType("application/problem+json");
        As.auditor().get("/api/v1/plans/" + PLAN + "/ledger.xlsx?asOf=yesterday")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("asOf"));
    }

    @Test
    void theExportOpensInLibreOffice(@TempDir Path dir) throws Exception {
        Soffice soffice = Soffice.onPathOrSkip();
        Path xlsx = dir.resolve("ledger.xlsx");
        Files.write(xlsx, As.auditor().get("/api/v1/plans/" + PLAN + "/ledger.xlsx").then().statusCode(200)
                .extract().asByteArray());
        Path out = Files.createDirectory(dir.resolve("out"));
        String console = soffice.convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                out, dir);
        Path tasks = out.resolve("ledger-工作台账.csv");
        assertThat(tasks).as("soffice said: %s", console).exists();
        String csv = Files.readString(tasks, StandardCharsets.UTF_8);
        assertThat(csv).contains("序号,任务,牵头单位,同责单位,时间进度,目标分解,最新进展,完成情况", SeedNotice.DOC_NUMBER,
                "加快发展高新技术企业", "新乡市科学技术局");
        assertThat(Files.readString(out.resolve("ledger-目标分解.csv"), StandardCharsets.UTF_8))
                .contains("自创区外", "红旗区");
    }
}
