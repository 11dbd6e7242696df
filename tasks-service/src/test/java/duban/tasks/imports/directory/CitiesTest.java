package duban.tasks.imports.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.events.unit.UnitCategory;
import duban.tasks.imports.ImportIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitiesTest {

    private final Cities cities = Cities.bundled();

    @Test
    void aNoticeIsMatchedToItsIssuersCityByTheIssuerOrElseByItsDocNumber() {
        assertThat(cities.issuerOf("新乡市人民政府办公室", "新政办〔2017〕102号")).get().extracting(City::name)
                .isEqualTo("新乡市");
        assertThat(cities.issuerOf(null, "新政办〔2017〕102号")).get().extracting(City::name).isEqualTo("新乡市");
        assertThat(cities.issuerOf("郑州市人民政府办公室", "郑政办〔2024〕1号")).isEmpty();
        // An issuer naming another place wins over a 文号 that happens to look like 新乡's.
        assertThat(cities.issuerOf("新郑市人民政府办公室", "新政办〔2024〕3号")).isEmpty();
        assertThat(cities.issuerOf(null, null)).isEmpty();
        // A county named after its city is a place of its own, with offices of its own.
        assertThat(cities.issuerOf("新乡县人民政府办公室", "新县政〔2024〕2号")).isEmpty();
        assertThat(IssuerScope.of("新乡县人民政府办公室", "新县政〔2024〕2号").place()).isEqualTo("新乡县");
        assertThat(cities.issuerOf("新乡高新技术产业开发区管理委员会", null)).get().extracting(City::name)
                .isEqualTo("新乡市");
    }

    @Test
    void aUnitBelongsToTheCityItsNameCarries() {
        assertThat(cities.owner("新乡市财政局")).get().extracting(City::name).isEqualTo("新乡市");
        assertThat(cities.owner("中共新乡市委组织部")).get().extracting(City::name).isEqualTo("新乡市");
        assertThat(cities.owner("新乡高新技术产业开发区")).get().extracting(City::name).isEqualTo("新乡市");
        assertThat(cities.owner("卫辉市")).isEmpty();
        assertThat(cities.owner("市财政局")).isEmpty();
        assertThat(cities.owner("新乡县财政局")).isEmpty();
    }

    @Test
    void aNoticeIsOfferedTheUnitsOfItsCityAndOfNoCityOnly() {
        IssuerScope xinxiang = IssuerScope.of("新乡市人民政府办公室", "新政办〔2017〕102号");
        IssuerScope anyang = IssuerScope.of("安阳市人民政府办公室", "安政办〔2024〕5号");
        assertThat(xinxiang.known()).isTrue();
        assertThat(anyang.known()).isFalse();
        assertThat(anyang.place()).isEqualTo("安阳市");

        String xinxiangFinance = ImportIds.unit("市财政局");
        assertThat(xinxiang.offers(xinxiangFinance, "新乡市财政局")).isTrue();
        assertThat(anyang.offers(xinxiangFinance, "新乡市财政局")).isFalse();
        assertThat(anyang.offers(ImportIds.unit("卫辉市"), "卫辉市")).isTrue();

        // A unit registered as written by 安阳 is 安阳's: by the place in its name, and by its id.
        String anyangFinance = anyang.unitId("市财政局");
        assertThat(anyangFinance).isNotEqualTo(xinxiangFinance);
        assertThat(anyang.offers(anyangFinance, "市财政局(安阳市)")).isTrue();
        assertThat(anyang.localSpelling("市财政局(安阳市)")).contains("市财政局");
        assertThat(xinxiang.offers(anyangFinance, "市财政局(安阳市)")).isFalse();
        assertThat(xinxiang.localSpelling("市财政局(安阳市)")).isEmpty();
        IssuerScope hebi = IssuerScope.of("鹤壁市人民政府办公室", null);
        assertThat(hebi.offers(anyangFinance, "市财政局(安阳市)")).isFalse();
        assertThat(hebi.offers(hebi.unitId("市财政局"), "市财政局")).isTrue();
        assertThat(xinxiang.offers(hebi.unitId("市财政局"), "市财政局")).isFalse();
        // 新乡 keeps the ids it always had.
        assertThat(xinxiang.unitId("市财政局")).isEqualTo(xinxiangFinance);
    }

    @Test
    void fullNamesComeFromTheIssuersCityFileOnly() {
        assertThat(IssuerScope.of("新乡市人民政府办公室", null).fullNames().of("高新区", UnitCategory.FUNCTIONAL_ZONE))
                .isEqualTo("新乡高新技术产业开发区");
        assertThat(IssuerScope.of("安阳市人民政府办公室", null).fullNames().of("高新区", UnitCategory.FUNCTIONAL_ZONE))
                .isEqualTo("高新区");
        FullNames anyang = IssuerScope.of("安阳市人民政府办公室", null).fullNames();
        assertThat(anyang.of("市商务局", UnitCategory.CITY_DEPARTMENT)).isEqualTo("市商务局(安阳市)");
        assertThat(anyang.of("安阳市商务局", UnitCategory.CITY_DEPARTMENT)).isEqualTo("安阳市商务局");
        assertThat(anyang.writtenNameIsAlias()).isFalse();
        assertThat(IssuerScope.of(null, null).fullNames().of("市商务局", UnitCategory.CITY_DEPARTMENT))
                .isEqualTo("市商务局");
    }

    @Test
    void aMalformedCityFileFailsInsteadOfMisnamingUnits() {
        assertThatThrownBy(() -> Cities.parse("x.tsv", List.of("doc-prefix\t安政"))).hasMessageContaining("city");
        assertThatThrownBy(() -> Cities.parse("x.tsv", List.of("city\t安阳市", "市财政局"))).hasMessageContaining("two");
        assertThatThrownBy(() -> Cities.parse("x.tsv", List.of("city\t安阳市", "高新区\t甲", "高新区\t乙")))
                .hasMessageContaining("twice");
        City anyang = Cities.parse("anyang.tsv", List.of("city\t安阳市", "doc-prefix\t安政", "高新区\t{城}高新技术产业开发区"));
        assertThat(FullNames.forCity(anyang).of("高新区", UnitCategory.FUNCTIONAL_ZONE)).isEqualTo("安阳高新技术产业开发区");
        assertThat(new Cities(List.of(anyang)).issuerOf(null, "安政办〔2024〕5号")).contains(anyang);
    }
}
