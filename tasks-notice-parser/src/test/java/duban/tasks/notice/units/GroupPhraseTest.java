package duban.tasks.notice.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.events.unit.UnitCategory;
import duban.tasks.notice.TestNotices;
import duban.tasks.notice.diagnostics.Warnings;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedUnit;
import duban.tasks.notice.model.UnitGroup;
import duban.tasks.notice.model.Warning;
import duban.tasks.notice.model.WarningCode;
import duban.tasks.notice.text.Snippet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GroupPhraseTest {

    static Stream<Arguments> everySpelling() {
        return GroupPhrase.all().stream()
                .flatMap(p -> p.spellings().stream().map(s -> Arguments.of(s, p.phrase())));
    }

    @ParameterizedTest(name = "{0} is the group {1}")
    @MethodSource("everySpelling")
    void everySpellingOfTheDataFileIsOneGroupInAUnitList(String spelling, String phrase) {
        // An ending (*成员单位) is written after a body's name, and the group keeps the name as written.
        String written = spelling.startsWith("*") ? "区防汛抗旱指挥部" + spelling.substring(1) : spelling;
        String group = spelling.startsWith("*") ? written : phrase;
        Warnings warnings = new Warnings();
        List<RawHolder> holders = UnitListReader.read(Snippet.line(1, "市财政局、" + written + "。"), new Mentions(), warnings);
        assertThat(holders).extracting(RawHolder::name).containsExactly("市财政局", group);
        assertThat(holders.get(1).isUnit()).isFalse();
        assertThat(warnings.inLineOrder()).isEmpty();
    }

    @Test
    void aListEndingInDengFollowedByAGroupGivesOneGroupAndTheOpenEndedWarning() {
        Warnings warnings = new Warnings();
        List<RawHolder> holders = UnitListReader.read(
                Snippet.line(1, "市发展改革委、市财政局等,各县、市、区政府。"), new Mentions(), warnings);
        assertThat(holders).extracting(h -> h.isUnit() ? h.name() : "[" + h.name() + "]")
                .containsExactly("市发展改革委", "市财政局", "[各县(市)、区]");
        assertThat(warnings.inLineOrder()).extracting(Warning::code).containsExactly(WarningCode.UNIT_LIST_OPEN_ENDED);
    }

    @Test
    void noUnitIsRegisteredFromTheFragmentsOfAGroupPhrase() {
        ParsedNotice notice = TestNotices.parse("一、任务",
                "(一)推进测试。牵头单位:市财政局;责任单位:市商务局等,各县、市、区政府。",
                "(二)整治测试。牵头单位:市商务局;责任单位:各乡镇人民政府、街道办事处,区政府各部门,各有关单位。");
        assertThat(notice.units()).extracting(ParsedUnit::name)
                .containsExactlyInAnyOrder("市财政局", "市商务局");
        assertThat(notice.groups()).extracting(UnitGroup::phrase)
                .containsExactlyInAnyOrder("各县(市)、区", "各乡镇(街道)", "区直各部门", "各有关单位");
    }

    @Test
    void theMembersOfEachBodyAreAGroupOfTheirOwnNamedAsWrittenAndNeverAUnit() {
        ParsedNotice notice = TestNotices.parse("一、任务",
                "(一)防控测试。牵头单位:区卫健局;责任单位:区疫情防控指挥部成员单位、区创文工作领导小组成员单位。",
                "(二)运行测试。牵头单位:区发改局;责任单位:全区经济运行各专班,各相关单位,各开发区管委会。");
        assertThat(notice.units()).extracting(ParsedUnit::name).containsExactlyInAnyOrder("区卫健局", "区发改局");
        assertThat(notice.groups()).extracting(UnitGroup::phrase).containsExactlyInAnyOrder(
                "区疫情防控指挥部成员单位", "区创文工作领导小组成员单位", "全区经济运行各专班", "各相关单位", "各功能区");
        assertThat(notice.task("一.(一)").orElseThrow().coGroups())
                .containsExactly("区疫情防控指挥部成员单位", "区创文工作领导小组成员单位");
        assertThat(GroupPhrase.byEnding("成员单位")).isEmpty();
        assertThat(GroupPhrase.byEnding("区招商专班")).isEmpty();
    }

    @Test
    void aPhraseWhoseMembersNobodyKnowsStaysAnEmptyGroupWithAWarning() {
        ParsedNotice notice = TestNotices.parse("一、任务",
                "(一)整治测试。牵头单位:市商务局;责任单位:各乡镇(街道)、各相关单位。");
        assertThat(notice.groups()).allSatisfy(g -> assertThat(g.members()).isEmpty());
        assertThat(notice.warnings()).filteredOn(w -> w.code() == WarningCode.GROUP_EMPTY)
                .extracting(Warning::text).containsExactlyInAnyOrder("各乡镇(街道)", "各相关单位");
    }

    @Test
    void aCategoryPhraseGathersTheNoticesUnitsOfItsCategories() {
        ParsedNotice notice = TestNotices.parse("一、任务",
                "(一)推进测试。牵头单位:市财政局;责任单位:卫辉市、红旗区。",
                "(二)整治测试。牵头单位:市商务局;责任单位:各县(市、区)人民政府。");
        assertThat(notice.groups()).singleElement().satisfies(g -> {
            assertThat(g.phrase()).isEqualTo("各县(市)、区");
            assertThat(g.members()).containsExactlyInAnyOrder("卫辉市", "红旗区");
        });
    }

    @Test
    void theDataFileNamesRealCategoriesAndBasesListedBeforeTheirRemainders() {
        assertThat(GroupPhrase.byPhrase("其他县(市)、区")).get().satisfies(p -> {
            assertThat(p.remainder()).isTrue();
            assertThat(p.categories()).contains(UnitCategory.COUNTY, UnitCategory.DISTRICT);
        });
        assertThat(GroupPhrase.byPhrase("各有关单位")).get().satisfies(p -> assertThat(p.categories()).isEmpty());
    }

    @Test
    void aMalformedDataFileFailsInsteadOfDroppingAPhrase() {
        String header = "phrase\tbase\tcategories\tspellings";
        assertThatThrownBy(() -> GroupPhrase.parse(List.of(header, "各高校\t-\tUNIVERSITY")))
                .hasMessageContaining("4 columns");
        assertThatThrownBy(() -> GroupPhrase.parse(List.of(header, "其他高校\t各高校\t-\t其他高校")))
                .hasMessageContaining("listed earlier");
        assertThatThrownBy(() -> GroupPhrase.parse(List.of(header, "甲\t-\t-\t各院所", "乙\t-\t-\t各院所")))
                .hasMessageContaining("repeated spelling");
        assertThatThrownBy(() -> GroupPhrase.parse(List.of(header, "甲\t-\tNOT_A_CATEGORY\t甲")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
