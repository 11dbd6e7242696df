package duban.tasks.notice.units;

import static org.assertj.core.api.Assertions.assertThat;

import duban.events.unit.UnitCategory;
import duban.tasks.notice.UnitDirectory;
import duban.tasks.notice.diagnostics.Warnings;
import duban.tasks.notice.model.ParsedUnit;
import duban.tasks.notice.model.Warning;
import duban.tasks.notice.model.WarningCode;
import org.junit.jupiter.api.Test;

class UnitResolverTest {

    private final Warnings warnings = new Warnings();
    private final Mentions mentions = new Mentions();

    /** Mentions each name in a list of its own, on the given line. */
    private void mention(int line, String... names) {
        for (String name : names) {
            mentions.unit(name, line, mentions.newList());
        }
    }

    private UnitResolution resolve(UnitDirectory directory) {
        return UnitResolver.resolve(mentions, directory, warnings);
    }

    @Test
    void aRareSpellingOneCharacterOffAFrequentPlaceIsThatPlace() {
        mention(39, "凤泉区");
        mention(43, "风泉区");
        mention(68, "凤泉区");
        mention(94, "凤泉区");
        UnitResolution units = resolve(UnitDirectory.empty());

        assertThat(units.canonical("风泉区")).isEqualTo("凤泉区");
        assertThat(units.units()).singleElement().isEqualTo(
                new ParsedUnit("凤泉区", UnitCategory.DISTRICT, false, java.util.List.of("风泉区"), 39));
        assertThat(warnings.inLineOrder()).extracting(w -> w.line() + " " + w.code())
                .containsExactly("39 UNIT_REGISTERED", "43 UNIT_NEAR_MISS");
    }

    @Test
    void aSpellingOneCharacterOffAKnownPlaceIsThatPlace() {
        mention(5, "风泉区");
        UnitResolution units = resolve(UnitDirectory.builder().unit("凤泉区", UnitCategory.DISTRICT).build());

        assertThat(units.canonical("风泉区")).isEqualTo("凤泉区");
        assertThat(units.units()).singleElement().extracting(ParsedUnit::known).isEqualTo(true);
        assertThat(warnings.inLineOrder()).extracting(Warning::message)
                .containsExactly("风泉区 is one character off the known unit 凤泉区; read as 凤泉区");
    }

    @Test
    void departmentsOneCharacterApartAreDifferentOffices() {
        mention(34, "市国税局", "市国税局", "市国税局");
        mention(55, "市国土局");
        mention(104, "市台办");
        mention(18, "市编办", "市编办", "市编办");
        UnitResolution units = resolve(UnitDirectory.empty());

        assertThat(units.units()).extracting(ParsedUnit::name).containsExactlyInAnyOrder("市编办", "市国税局", "市国土局", "市台办");
        assertThat(warnings.inLineOrder()).allMatch(w -> w.code() == WarningCode.UNIT_REGISTERED);
    }

    @Test
    void placesListedSideBySideAreDifferentPlaces() {
        int list = mentions.newList();
        mentions.unit("东城区", 3, list);
        mentions.unit("东域区", 3, list);
        mention(4, "东城区", "东城区");
        UnitResolution units = resolve(UnitDirectory.empty());

        assertThat(units.units()).extracting(ParsedUnit::name).containsExactly("东城区", "东域区");
    }

    @Test
    void twoSpellingsAsFrequentAsEachOtherAreKeptAndFlagged() {
        mention(3, "东城区", "东域区");
        resolve(UnitDirectory.empty());

        assertThat(warnings.inLineOrder()).extracting(Warning::code).contains(WarningCode.UNIT_NEAR_MISS_AMBIGUOUS);
    }

    @Test
    void resolvesAliasesAndADepartmentWrittenWithoutItsCity() {
        mention(3, "科技局", "法制办");
        UnitResolution units = resolve(UnitDirectory.builder()
                .unit("市科技局", UnitCategory.CITY_DEPARTMENT, "科技局")
                .unit("市法制办", UnitCategory.CITY_DEPARTMENT)
                .build());

        assertThat(units.canonical("科技局")).isEqualTo("市科技局");
        assertThat(units.canonical("法制办")).isEqualTo("市法制办");
        assertThat(units.units()).allMatch(ParsedUnit::known);
        assertThat(warnings.inLineOrder()).extracting(Warning::message)
                .containsExactly("法制办 lacks the 市 of 市法制办; read as 市法制办");
    }
}
