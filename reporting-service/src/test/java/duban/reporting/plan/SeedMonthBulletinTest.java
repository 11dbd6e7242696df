package duban.reporting.plan;

import static duban.testing.ledger.ShanghaiTime.SHANGHAI;
import static duban.testing.ledger.ShanghaiTime.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import duban.events.EventJson;
import duban.events.LedgerEvent;
import duban.events.task.CompletionApproved;
import duban.events.task.MilestoneCompleted;
import duban.events.task.MilestoneScheduled;
import duban.events.task.ProgressReportCorrected;
import duban.events.task.ProgressReported;
import duban.events.task.TargetCount;
import duban.events.task.TargetSet;
import duban.events.task.TaskCreated;
import duban.events.unit.UnitRegistered;
import duban.testing.identity.As;
import duban.testing.ledger.LedgerTopicWriter;
import duban.testing.ledger.SeedLedger;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The seed plan's November 2017: the import of 10-31 and the month of {@code seed/november-2017.script.tsv} (reports on
 * time, late and missing, one correction, two tasks approved as completed, a report back-dated and a completion
 * approved after the month) give the bulletin and assessment kept
 * beside the script, and the figures of the scripted units worked out by hand below. After a deliberate change to the
 * rules, build with {@code -Dduban.fixtures.update=true} to write the fixtures again, and read the difference.
 */
@QuarkusTest
class SeedMonthBulletinTest {

    private static final Path SEED = Path.of("src/test/resources/seed");
    private static final Instant CUT_OFF = LocalDate.parse("2017-12-01").atStartOfDay(SHANGHAI).toInstant();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private final Map<String, String> units = new HashMap<>();
    private final Map<String, String> tasks = new HashMap<>();
    private final Map<String, String> firstTargets = new HashMap<>();
    private final Map<String, String> milestones = new HashMap<>();
    private final Map<String, String> lastReports = new HashMap<>();

    @Test
    void theSeedPlansNovemberBulletinAndAssessmentAreThoseWorkedOutAndStayThemAfterTheMonth() throws Exception {
        for (LedgerEvent event : SeedLedger.events()) {
            if (event instanceof UnitRegistered unit) {
                units.put(unit.name(), unit.unitId());
            } else if (event instanceof TaskCreated task) {
                tasks.put(task.code(), task.taskId());
            } else if (event instanceof TargetSet target) {
                firstTargets.putIfAbsent(target.taskId(), target.targetId());
            } else if (event instanceof MilestoneScheduled milestone) {
                milestones.put(milestone.taskId() + "@" + milestone.dueOn(), milestone.milestoneId());
            }
        }
        List<String[]> script = script();
        String bulletinPath = "/api/v1/plans/" + SeedLedger.PLAN_ID + "/bulletins/2017-11";
        String assessmentPath = "/api/v1/plans/" + SeedLedger.PLAN_ID + "/assessments/2017-11";
        String bulletinInTheMonth;
        String assessmentInTheMonth;
        byte[] workbookInTheMonth;
        String pageInTheMonth;
        try (LedgerTopicWriter topic = new LedgerTopicWriter(bootstrap)) {
            SeedLedger.importAt(topic, shanghai("2017-10-31T10:00"));
            for (int n = 0; n < script.size(); n++) {
                if (shanghai(script.get(n)[0]).isBefore(CUT_OFF)) {
                    topic.write(event(script.get(n), n + 1), shanghai(script.get(n)[0]));
                }
            }
            String lastInTheMonth = lastReports.get(key(units.get("新乡市商务局"), tasks.get("一.(六).1"), "2017-11-20"));
            awaitReport(tasks.get("一.(六).1"), units.get("新乡市商务局"), lastInTheMonth);
            awaitCompleted(tasks.get("一.(一).1.(3)"));
            awaitCompleted(tasks.get("一.(四)"));
            bulletinInTheMonth = body(bulletinPath);
            assessmentInTheMonth = body(assessmentPath);
            workbookInTheMonth = bytes(bulletinPath + ".xlsx");
            pageInTheMonth = body(bulletinPath + ".html");
            for (int n = 0; n < script.size(); n++) {
                if (!shanghai(script.get(n)[0]).isBefore(CUT_OFF)) {
                    topic.write(event(script.get(n), n + 1), shanghai(script.get(n)[0]));
                }
            }
            awaitReport(tasks.get("一.(二).1.(2)"), units.get("新乡市地方税务局"), "seed-12");
            awaitCompleted(tasks.get("一.(二).2.(1)"));
        }

        // What came after the month (a correction, a back-dated report, a milestone done late) changes nothing.
        String bulletin = body(bulletinPath);
        String assessment = body(assessmentPath);
        assertThat(bulletin).isEqualTo(bulletinInTheMonth);
        assertThat(assessment).isEqualTo(assessmentInTheMonth);
        // The workbook and the page too, byte for byte: POI's "now" is pinned to the month's cut-off.
        byte[] workbook = bytes(bulletinPath + ".xlsx");
        assertThat(workbook).isEqualTo(workbookInTheMonth);
        assertThat(body(bulletinPath + ".html")).isEqualTo(pageInTheMonth);
        matchesFixture(bulletin, "november-2017.bulletin.json");
        matchesFixture(assessment, "november-2017.assessment.json");

        JsonNode figures = EventJson.mapper().readTree(bulletin);
        BulletinDocuments.workbookMatches(workbook, figures);
        BulletinDocuments.pageMatches(pageInTheMonth, figures);
        assertThat(figures.path("provisional").asBoolean()).isFalse();
        // 财政局 leads one open leaf (一.(二).1.(2)); periods 11-05 (due Monday 11-06) and 11-20: both filed in time.
        assertThat(row(figures, "新乡市财政局")).containsEntry("reportsOwed", 2).containsEntry("reportsOnTime", 2)
                .containsEntry("reportsLate", 0).containsEntry("reportsMissing", 0);
        // 国税局: 11-05 filed on 11-08, after its Monday deadline; 11-20 never.
        assertThat(row(figures, "新乡市国家税务局")).containsEntry("reportsOnTime", 0).containsEntry("reportsLate", 1)
                .containsEntry("reportsMissing", 1);
        // 地税局: 11-05 filed on its deadline day; the 11-20 report came on 12-02, after the cut-off: missing.
        assertThat(row(figures, "新乡市地方税务局")).containsEntry("reportsOnTime", 1).containsEntry("reportsLate", 0)
                .containsEntry("reportsMissing", 1);
        // 商务局: its 11-05 report, corrected on 11-10, counts from its first filing; 4 of its 5 对接活动 by 11-20.
        assertThat(row(figures, "新乡市商务局")).containsEntry("reportsOnTime", 2).containsEntry("reportsMissing", 0);
        assertThat(rowNode(figures, "新乡市商务局").path("attainment").decimalValue())
                .isEqualByComparingTo(new BigDecimal("0.8"));
        // 组织部: no report at all; of 一.(二).2.(1)'s milestones, 11-15 was met on 11-14 and 11-30 was not met by the
        // end of the month (its completion on 12-03 comes after the cut-off).
        // Its 10-16 milestone is still overdue too.
        assertThat(row(figures, "中共新乡市委组织部")).containsEntry("reportsMissing", 2)
                .containsEntry("milestonesDue", 2).containsEntry("milestonesMet", 1)
                .containsEntry("milestonesOverdue", 2);
        // Scores (40 reports, 40 milestones, 20 targets; a component owing nothing passes its weight on):
        // 财政局 40/40 alone = 100; 商务局 (40 + 0.8 × 20) / 60 = 93.33; 地税局 1/2 = 50; 组织部 (0 + 1/2 × 40) / 80
        // = 25; 国税局 (a late report scores nothing) 0. Ranks among the 11 city departments: 1, 2, 3, 4, then 5 for
        // every 0.
        assertThat(List.of("新乡市财政局", "新乡市商务局", "新乡市地方税务局", "中共新乡市委组织部", "新乡市国家税务局")
                .stream().map(name -> rowNode(figures, name).path("score").decimalValue().stripTrailingZeros()
                        .toPlainString() + "#" + rowNode(figures, name).path("rank").asInt()).toList())
                .containsExactly("100#1", "93.33#2", "50#3", "25#4", "0#5");
        // 财政局 scored highest but its September milestone (第二批高企推荐) is still overdue: not commended, named.
        assertThat(figures.path("commended").findValuesAsText("unitName")).containsExactly("新乡市商务局");
        assertThat(rowNamed(figures, "新乡市财政局")).containsExactly("逾期未完成节点1个");
        assertThat(rowNamed(figures, "新乡市国家税务局")).containsExactly("未报送进展1次", "逾期未完成节点1个");

        // Completion (leaf tasks against their last milestone; none was extended). Of the 27 leaves, three had their
        // last milestone by 11-30: 一.(一).1.(2) (10-31) and 一.(二).2.(1) (11-30, approved only on 12-04, after the
        // cut-off) stand overdue; 一.(四) (08-31, its milestone done) was approved on 11-24: late. 一.(一).1.(3) has no
        // milestone: approved on 11-24 it is on time. Both approvals came 18 working days after the import of 10-31
        // (11-01..03, 06..10, 13..17, 20..24). The plan: 1 on time of 4 due = 0.2500, 1 late, 18.0 days, 23 not due.
        // The two approvals close two red leaves: 2 completed, 25 in progress, 25 red (they were 0, 27, 27). They came
        // after the 11-20 deadline, so no period owed in November changes, and no unit's other figure.
        assertThat(List.of(figures.path("summary").path("completed").asInt(),
                figures.path("summary").path("inProgress").asInt(), figures.path("summary").path("red").asInt()))
                .containsExactly(2, 25, 25);
        JsonNode completion = figures.path("summary").path("completion");
        assertThat(List.of(completion.path("due").asInt(), completion.path("onTime").asInt(),
                completion.path("late").asInt(), completion.path("overdue").asInt(), completion.path("notDue").asInt()))
                .containsExactly(4, 1, 1, 2, 23);
        assertThat(completion.path("onTimeRate").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(completion.path("averageWorkingDays").decimalValue()).isEqualByComparingTo("18.0");
        // Per lead unit: 高新区 leads 4 leaves, 一.(一).1.(3) done on time, the rest due 12-31 or undated: 1 of 1.
        // 科技局 leads 17: 一.(四) late, 16 due 12-31: 0 of 1, 1 late, 18.0 days. 编办 leads 一.(一).1.(2), overdue,
        // and 一.(一).1.(1) (no milestone): 0 of 1, no mean. 组织部: 0 of 1 (一.(二).2.(1)). 财政局, a lead unit of
        // 一.(二).1.(2) only (due 12-31), has nothing due: no rate (null, shown as —).
        assertThat(completionOf(figures, "新乡高新技术产业开发区")).isEqualTo("1/1 1.0000 late 0 18.0");
        assertThat(completionOf(figures, "新乡市科学技术局")).isEqualTo("0/1 0.0000 late 1 18.0");
        assertThat(completionOf(figures, "新乡市机构编制委员会办公室")).isEqualTo("0/1 0.0000 late 0 —");
        assertThat(completionOf(figures, "中共新乡市委组织部")).isEqualTo("0/1 0.0000 late 0 —");
        assertThat(completionOf(figures, "新乡市财政局")).isEqualTo("0/0 — late 0 —");
    }

    /** A unit's completion figures: on time / due, the rate, 超期办结 and the mean days. */
    private String completionOf(JsonNode bulletin, String unitName) {
        JsonNode completion = rowNode(bulletin, unitName).path("completion");
        return completion.path("onTime").asInt() + "/" + completion.path("due").asInt() + " "
                + (completion.path("onTimeRate").isMissingNode() ? "—" : completion.path("onTimeRate").decimalValue()
                        .toPlainString())
                + " late " + completion.path("late").asInt() + " "
                + (completion.path("averageWorkingDays").isMissingNode() ? "—"
                        : completion.path("averageWorkingDays").decimalValue().toPlainString());
    }

    private List<String[]> script() throws IOException {
        List<String[]> lines = new ArrayList<>();
        for (String line : Files.readAllLines(SEED.resolve("november-2017.script.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line.split("\t", -1));
            }
        }
        return lines;
    }

    /** The event of the script's {@code n}th line; a report's id is {@code seed-n}. */
    private LedgerEvent event(String[] line, int n) {
        String reportId = "seed-" + n;
        String unitId = require(units, line[2]);
        String taskId = require(tasks, line[3]);
        LocalDate day = LocalDate.parse(line[4]);
        List<TargetCount> counts = line[5].isEmpty() ? List.of()
                : List.of(new TargetCount(firstTargets.get(taskId), new BigDecimal(line[5])));
        String key = key(unitId, taskId, line[4]);
        return switch (line[1]) {
            case "report" -> {
                lastReports.put(key, reportId);
                yield new ProgressReported(taskId, reportId, unitId, day, line[6], counts, List.of(), List.of());
            }
            case "correct" -> {
                String superseded = require(lastReports, key);
                lastReports.put(key, reportId);
                yield new ProgressReportCorrected(taskId, reportId, superseded, unitId, day, line[6], counts,
                        List.of(), List.of(), "笔误更正");
            }
            case "complete" -> new CompletionApproved(taskId, List.of(), line[6]);
            case "done" -> new MilestoneCompleted(taskId, require(milestones, taskId + "@" + day),
                    shanghai(line[0]).atZone(SHANGHAI).toLocalDate(), line[6]);
            default -> throw new IllegalArgumentException("unknown action in the script: " + line[1]);
        };
    }

    private void awaitReport(String taskId, String unitId, String reportId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                As.supervisor().get("/api/v1/tasks/{task}/progress", taskId).then().statusCode(200)
                        .body("units.find { it.unitId == '" + unitId + "' }.latestReport.reportId",
                                equalTo(reportId)));
    }

    private void awaitCompleted(String taskId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                As.supervisor().get("/api/v1/tasks/{task}/progress", taskId).then().statusCode(200)
                        .body("status", equalTo("COMPLETED")));
    }

    private static String body(String path) {
        return As.supervisor().get(path).then().statusCode(200).extract().asString();
    }

    private static byte[] bytes(String path) {
        return As.supervisor().get(path).then().statusCode(200).extract().asByteArray();
    }

    private static void matchesFixture(String json, String name) throws IOException {
        ObjectMapper mapper = EventJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);
        String pretty = mapper.writeValueAsString(mapper.readTree(json)) + "\n";
        Path fixture = SEED.resolve(name);
        if (Boolean.getBoolean("duban.fixtures.update")) {
            Files.writeString(fixture, pretty, StandardCharsets.UTF_8);
        }
        assertThat(pretty).as("%s; rewrite it with -Dduban.fixtures.update=true after a deliberate change", fixture)
                .isEqualTo(Files.readString(fixture, StandardCharsets.UTF_8));
    }

    private JsonNode rowNode(JsonNode bulletin, String unitName) {
        String unitId = require(units, unitName);
        for (JsonNode row : bulletin.path("units")) {
            if (row.path("unitId").asText().equals(unitId)) {
                return row;
            }
        }
        throw new AssertionError(unitName + " is not in the bulletin");
    }

    private List<String> rowNamed(JsonNode bulletin, String unitName) {
        String unitId = require(units, unitName);
        for (JsonNode named : bulletin.path("named")) {
            if (named.path("unitId").asText().equals(unitId)) {
                List<String> reasons = new ArrayList<>();
                named.path("reasons").forEach(reason -> reasons.add(reason.asText()));
                return reasons;
            }
        }
        return List.of();
    }

    private Map<String, Integer> row(JsonNode bulletin, String unitName) {
        Map<String, Integer> counts = new HashMap<>();
        rowNode(bulletin, unitName).fields().forEachRemaining(field -> {
            if (field.getValue().isInt()) {
                counts.put(field.getKey(), field.getValue().asInt());
            }
        });
        return counts;
    }

    private static String key(String unitId, String taskId, String period) {
        return unitId + "/" + taskId + "/" + period;
    }

    private static <V> V require(Map<String, V> known, String key) {
        V value = known.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the script names what the seed plan lacks: " + key);
        }
        return value;
    }

}
