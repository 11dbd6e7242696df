package duban.reporting.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import duban.events.EventJson;
import duban.testing.identity.As;
import duban.testing.ledger.LedgerTopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import duban.reporting.bulletin.Bulletin;
import duban.reporting.bulletin.document.BulletinPage;
import duban.reporting.completion.CompletionEntry;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.time.YearMonth;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bulletin of {@link NovemberScene}'s month in its three representations: chosen by Accept or by suffix, each
 * holding the JSON's figures; an Accept none satisfies is 406, an unknown suffix 404, both problem documents.
 */
@QuarkusTest
class BulletinRepresentationsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    BulletinPage page;

    /** Written once for all the tests: they only read it. */
    private static final NovemberScene scene = new NovemberScene();
    private static final CompletionEntry NO_COMPLETION = new CompletionEntry(0, 0, 0, 0, 0, null, null);
    private static boolean written;
    private final String path = "/api/v1/plans/" + scene.plan + "/bulletins/2017-11";

    @BeforeEach
    void writeTheMonthOnce() {
        if (written) {
            return;
        }
        try (LedgerTopicWriter topic = new LedgerTopicWriter(bootstrap)) {
            scene.write(topic);
        }
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                As.supervisor().get("/api/v1/tasks/{task}/progress", scene.task).then().statusCode(200)
                        .body("units.find { it.unitId == '" + scene.a + "' }.latestReport.reportId", equalTo("ra2")));
        written = true;
    }

    private static Response get(String accept, String path) {
        var request = As.supervisor();
        if (accept != null) {
            request = request.header("Accept", accept);
        }
        return request.get(path);
    }

    @Test
    void theAcceptHeaderChoosesAndJsonIsTheDefault() {
        String json = get(null, path).then().statusCode(200).contentType("application/json").extract().asString();
        assertThat(get("*/*", path).asString()).isEqualTo(json);
        assertThat(get("application/json", path).asString()).isEqualTo(json);
        assertThat(get("application/*", path).asString()).isEqualTo(json);

        Response xlsx = get(BulletinDocuments.XLSX, path);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.contentType()).isEqualTo(BulletinDocuments.XLSX);
        assertThat(xlsx.header("Vary")).containsIgnoringCase("Accept");

        Response html = get("text/html", path);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        // What a browser sends: the page.
        assertThat(get("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", path).contentType())
                .startsWith("text/html");
        // Preferences by q, whatever their order.
        assertThat(get("application/json;q=0.5, " + BulletinDocuments.XLSX, path).contentType())
                .isEqualTo(BulletinDocuments.XLSX);
        assertThat(get("text/*", path).contentType()).startsWith("text/html");
    }

    @Test
    void aSuffixNamesTheRepresentationWhateverTheAcceptHeader() {
        String json = get(null, path).asString();
        byte[] xlsx = get(BulletinDocuments.XLSX, path).asByteArray();
        String html = get("text/html", path).asString();
        for (String accept : new String[] {null, "*/*", "image/png", "text/html", "application/json"}) {
            Response asJson = get(accept, path + ".json");
            assertThat(asJson.statusCode()).isEqualTo(200);
            assertThat(asJson.contentType()).isEqualTo("application/json");
            assertThat(asJson.asString()).isEqualTo(json);
            Response asXlsx = get(accept, path + ".xlsx");
            assertThat(asXlsx.contentType()).isEqualTo(BulletinDocuments.XLSX);
            assertThat(asXlsx.asByteArray()).isEqualTo(xlsx);
            Response asHtml = get(accept, path + ".html");
            assertThat(asHtml.contentType()).startsWith("text/html");
            assertThat(asHtml.asString()).isEqualTo(html);
        }
    }

    @Test
    void anAcceptNoneSatisfiesIs406AndAnUnknownSuffix404() {
        for (String accept : new String[] {"image/png", "application/xml", "application/pdf, text/plain",
                "application/json;q=0"}) {
            get(accept, path).then().statusCode(406).contentType("application/problem+json");
        }
        for (String suffix : new String[] {".pdf", ".xls", ".JSON", ".xlsx.html", "."}) {
            get(null, path + suffix).then().statusCode(404).contentType("application/problem+json");
        }
        get(null, "/api/v1/plans/" + scene.plan + "/bulletins/2017-13.xlsx").then().statusCode(400)
                .contentType("application/problem+json");
        get(null, "/api/v1/plans/no-such-plan/bulletins/2017-11.html").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theWorkbookHoldsTheJsonsFiguresAsNumbersAndIsTheSameBytesEachTime() throws Exception {
        JsonNode bulletin = EventJson.mapper().readTree(get(null, path).asString());
        Response response = get(null, path + ".xlsx");
        byte[] xlsx = response.asByteArray();
        BulletinDocuments.workbookMatches(xlsx, bulletin);
        assertThat(get(null, path + ".xlsx").asByteArray()).isEqualTo(xlsx);

        String disposition = response.header("Content-Disposition");
        assertThat(disposition).startsWith("attachment; ")
                .contains("filename=\"bulletin-" + scene.plan + "-2017-11.xlsx\"")
                // 台账进度通报-科技创新工作方案-2017-11.xlsx
                .contains("filename*=UTF-8''%E5%8F%B0%E8%B4%A6%E8%BF%9B%E5%BA%A6%E9%80%9A%E6%8A%A5-"
                        + "%E7%A7%91%E6%8A%80%E5%88%9B%E6%96%B0%E5%B7%A5%E4%BD%9C%E6%96%B9%E6%A1%88-2017-11.xlsx");
    }

    @Test
    void thePageShowsTheFiguresAndABarPerUnitAndFetchesNothing() throws Exception {
        JsonNode bulletin = EventJson.mapper().readTree(get(null, path).asString());
        String html = get(null, path + ".html").asString();
        BulletinDocuments.pageMatches(html, bulletin);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">", "台账进度通报",
                "科技创新工作方案", "2017年11月", "@media print", "size: A4");
        assertThat(html).doesNotContain("（暂定）").contains("data-provisional=\"false\"");
        assertThat(html.toLowerCase()).doesNotContain("<script", "http://", "https://", "<link", "<img", "@import",
                "url(");
        // Well-formed enough: the containers open and close in pairs, and nothing is left unexpanded.
        for (String tag : new String[] {"html", "head", "body", "table", "tbody", "thead", "tr", "td", "svg", "g",
                "section", "ul", "li"}) {
            assertThat(BulletinDocuments.count(html, "<" + tag + ">") + BulletinDocuments.count(html, "<" + tag + " "))
                    .as("<%s> opened as often as closed", tag)
                    .isEqualTo(BulletinDocuments.count(html, "</" + tag + ">"));
        }
        assertThat(html).doesNotContain("{page.", "{row.", "{bar.", "NOT_FOUND");
        // 甲局 has 1 of its 2 reports on time, and m1 met on time: (0.5 × 40 + 1 × 40) / 80 = 75.
        assertThat(BulletinDocuments.pageRows(html).get(scene.a)).containsEntry("score", "75.00")
                .containsEntry("reports-on-time", "1").containsEntry("reports-late", "1");
        // Its one task, due 11-15 with m1 done on 11-14, was never approved as completed: due, not on time, 0 %;
        // nothing completed, so no mean (—).
        assertThat(BulletinDocuments.pageRows(html).get(scene.a)).containsEntry("completion-rate", "0.0000")
                .containsEntry("completed-late", "0").containsEntry("completion-days", "");
        assertThat(html).contains("<td class=\"completion-days\" data-value=\"\">—</td>");
    }

    @Test
    void theRunningMonthIsMarkedProvisionalInTheWorkbookAndOnThePage() throws Exception {
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        String running = "/api/v1/plans/" + scene.plan + "/bulletins/" + month;
        JsonNode bulletin = EventJson.mapper().readTree(get(null, running).asString());
        assertThat(bulletin.path("provisional").asBoolean()).isTrue();
        String html = get(null, running + ".html").asString();
        assertThat(html).contains("data-provisional=\"true\"", "id=\"provisional\"", "（暂定）");
        BulletinDocuments.workbookMatches(get(null, running + ".xlsx").asByteArray(), bulletin);
        assertThat(get(null, running + ".xlsx").header("Content-Disposition")).contains("-%E6%9A%82%E5%AE%9A.xlsx");
    }

    @Test
    void everythingAUnitOrPlanIsCalledIsShownOnThePageNeverInterpreted() {
        String hostile = "<script>alert('x')</script>\"&<img src=http://evil.example/x>";
        Bulletin bulletin = new Bulletin("plan-x", hostile, hostile, "2017-11", Instant.parse("2017-11-30T16:00:00Z"),
                false, new Bulletin.Summary(1, 0, 1, 0, 0, 0, 0, 0, 1, NO_COMPLETION),
                List.of(new Bulletin.UnitLine("u\"1", hostile, "CITY_DEPARTMENT", "市直部门", 1, 1, 0, 0, 0, 0, 0, 0, 0,
                        null, new BigDecimal("100.00"), 1, 1, 0, NO_COMPLETION)),
                List.of(new Bulletin.Mention("u\"1", hostile, List.of(hostile))), List.of(),
                new Bulletin.Weights(new BigDecimal("40"), new BigDecimal("40"), new BigDecimal("20")));
        String html = page.render(bulletin);
        assertThat(html.toLowerCase()).doesNotContain("<script", "<img");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;&lt;img")
                .contains("data-unit=\"u&quot;1\"");
    }
}
