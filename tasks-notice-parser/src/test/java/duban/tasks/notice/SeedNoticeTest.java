package duban.tasks.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import duban.events.unit.UnitCategory;
import duban.tasks.notice.model.Allocation;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import duban.tasks.notice.model.ParsedUnit;
import duban.tasks.notice.model.Target;
import duban.tasks.notice.model.Warning;
import duban.tasks.notice.model.WarningCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reference notice 新政办〔2017〕102号 against {@code seed-expected.json}, written by hand from the notice
 * line by line: every task's units, milestones, targets and breakdowns, every unit, group and warning.
 */
class SeedNoticeTest {

    private static final ParsedNotice SEED = NoticeParser.parse(TestNotices.seed(), UnitDirectory.empty());

    @Test
    void comesOutExactlyAsCheckedByHand() throws Exception {
        JsonNode expected = TestNotices.JSON.readTree(TestNotices.resource("seed-expected.json"));
        JsonNode actual = TestNotices.JSON.readTree(TestNotices.JSON.writeValueAsString(SEED));
        for (String part : List.of("plan", "provisions", "units", "groups", "warnings")) {
            assertThat(pretty(actual.get(part))).as(part).isEqualTo(pretty(expected.get(part)));
        }
        List<JsonNode> expectedTasks = flatten(expected.get("tasks"));
        List<JsonNode> actualTasks = flatten(actual.get("tasks"));
        assertThat(codes(actualTasks)).isEqualTo(codes(expectedTasks));
        for (int i = 0; i < expectedTasks.size(); i++) {
            assertThat(pretty(actualTasks.get(i))).as(expectedTasks.get(i).get("code").asText())
                    .isEqualTo(pretty(expectedTasks.get(i)));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void hasNineAreasAndTwentySevenLeafTasks() {
        assertThat(SEED.tasks()).singleElement().satisfies(root -> {
            assertThat(root.code()).isEqualTo("一");
            assertThat(root.children()).extracting(ParsedTask::code).containsExactly("一.(一)", "一.(二)", "一.(三)",
                    "一.(四)", "一.(五)", "一.(六)", "一.(七)", "一.(八)", "一.(九)");
        });
        assertThat(SEED.leafTasks()).hasSize(27).allSatisfy(task -> {
            assertThat(task.leadUnits()).isNotEmpty();
            assertThat(task.timelineText()).isNotBlank();
        });
        assertThat(SEED.leafTasks()).extracting(ParsedTask::code).contains("一.(四)", "一.(五)", "一.(八)", "一.(九)",
                "一.(一).2", "一.(三).1");
        assertThat(SEED.provisions()).extracting("code").containsExactly("二", "二.(一)", "二.(二)", "二.(三)");
    }

    @Test
    void groupsHaveTheMembersTheSumsNeed() {
        assertThat(SEED.group("各县(市)、区").orElseThrow().members()).hasSize(14);
        assertThat(SEED.group("其他县(市)、区").orElseThrow().members()).hasSize(9)
                .doesNotContain("红旗区", "牧野区", "平原示范区", "高新区", "经开区");
        assertThat(SEED.group("各高校").orElseThrow().members()).hasSize(5);
        assertThat(SEED.group("自创区外").orElseThrow().members())
                .isEqualTo(SEED.group("其他县(市)、区").orElseThrow().members());

        Target institutes = SEED.task("一.(二).4.(2)").orElseThrow().targets().get(0);
        assertThat(institutes.total().min()).isEqualByComparingTo("19");
        assertThat(firmSum(institutes)).isEqualByComparingTo("19"); // 5 named + 9 other counties/districts + 5 universities
        Target exchanges = SEED.task("一.(六).2").orElseThrow().targets().get(0);
        assertThat(exchanges.total().min()).isEqualByComparingTo("95");
        assertThat(firmSum(exchanges)).isEqualByComparingTo("95"); // 5×10 + 9×5
    }

    @Test
    void againstTheCitysDirectoryOnlyTheOdditiesOfTheTextRemain() {
        UnitDirectory.Builder city = UnitDirectory.builder();
        SEED.units().forEach(unit -> city.unit(unit.name(), unit.category()));
        ParsedNotice parsed = NoticeParser.parse(TestNotices.seed(), city.build());

        assertThat(parsed.units()).allMatch(ParsedUnit::known);
        assertThat(parsed.warnings()).extracting(w -> w.line() + " " + w.code()).containsExactly(
                "20 NO_DATE", "25 NO_DATE", "29 NO_DATE", "43 UNIT_NEAR_MISS", "64 DATE_MALFORMED",
                "85 UNDATED_CLAUSE", "86 HEADING_RUNS_INTO_TEXT", "90 NO_DATE", "95 UNDATED_CLAUSE",
                "108 ALLOCATION_MEASURE_MISMATCH", "121 UNIT_LEAD_AND_CO");
        assertThat(parsed.warnings()).filteredOn(w -> w.code() == WarningCode.UNIT_NEAR_MISS).extracting(Warning::message)
                .containsExactly("风泉区 is one character off the known unit 凤泉区; read as 凤泉区");
        assertThat(parsed.tasks()).isEqualTo(SEED.tasks());
    }

    @Test
    void importingAgainstWhatTheFirstImportRegisteredRegistersNothing() {
        ParsedNotice again = NoticeParser.parse(TestNotices.seed(), UnitDirectory.of(SEED));

        assertThat(again.units()).allMatch(ParsedUnit::known);
        assertThat(again.units()).extracting(ParsedUnit::name).isEqualTo(SEED.units().stream().map(ParsedUnit::name).toList());
        assertThat(again.warnings()).noneMatch(w -> w.code() == WarningCode.UNIT_REGISTERED);
        assertThat(again.tasks()).isEqualTo(SEED.tasks());
        assertThat(again.groups()).extracting("members").isEqualTo(SEED.groups().stream().map(g -> g.members()).toList());
        assertThat(again.unit("凤泉区").orElseThrow().category()).isEqualTo(UnitCategory.DISTRICT);
        assertThat(again.unit("凤泉区").orElseThrow().aliases()).containsExactly("风泉区");
        assertThat(again.warnings()).noneMatch(w -> w.code() == WarningCode.UNIT_NEAR_MISS); // a known alias now
    }

    @Test
    void readsBackFromItsJson() throws Exception {
        String json = TestNotices.JSON.writeValueAsString(SEED);
        assertThat(TestNotices.JSON.readValue(json, ParsedNotice.class)).isEqualTo(SEED);
    }

    private static BigDecimal firmSum(Target target) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Allocation share : target.allocations()) {
            if (!share.soft()) {
                int holders = share.each() ? SEED.group(share.group()).orElseThrow().members().size() : 1;
                sum = sum.add(share.quantity().min().multiply(BigDecimal.valueOf(holders)));
            }
        }
        return sum;
    }

    private static List<JsonNode> flatten(JsonNode tasks) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode task : tasks) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = task.deepCopy();
            copy.remove("children");
            all.add(copy);
            all.addAll(flatten(task.get("children")));
        }
        return all;
    }

    private static List<String> codes(List<JsonNode> tasks) {
        List<String> codes = new ArrayList<>();
        for (Iterator<JsonNode> it = tasks.iterator(); it.hasNext();) {
            codes.add(it.next().get("code").asText());
        }
        return codes;
    }

    private static String pretty(JsonNode node) throws Exception {
        return TestNotices.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }
}
