package duban.tasks.notice.units;

import static org.assertj.core.api.Assertions.assertThat;

import duban.events.unit.UnitCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitCategoriesTest {

    @ParameterizedTest
    @CsvSource({
        "市科技局,CITY_DEPARTMENT", "市发改委,CITY_DEPARTMENT", "市编办,CITY_DEPARTMENT", "法制办,CITY_DEPARTMENT",
        "市委组织部,CITY_DEPARTMENT", "市工商联,CITY_DEPARTMENT", "市不动产登记交易中心,CITY_DEPARTMENT",
        "新乡银监局,CITY_DEPARTMENT",
        "卫辉市,COUNTY", "辉县市,COUNTY", "新乡县,COUNTY",
        "红旗区,DISTRICT", "风泉区,DISTRICT",
        "高新区,FUNCTIONAL_ZONE", "经开区,FUNCTIONAL_ZONE", "平原示范区,FUNCTIONAL_ZONE", "新乡经济技术开发区,FUNCTIONAL_ZONE",
        "河南师范大学,UNIVERSITY", "新乡医学院,UNIVERSITY", "河南科技学院,UNIVERSITY",
        "中电科22所,INSTITUTE", "市农科院,INSTITUTE", "河南省农业科学院,INSTITUTE", "中科院上海硅酸盐研究所,INSTITUTE",
        "新航集团,OTHER", "全市,OTHER"})
    void infersTheCategoryFromTheEnding(String name, UnitCategory category) {
        assertThat(UnitCategories.infer(name)).isEqualTo(category);
    }

    @Test
    void findsTheUnitOpeningALabel() {
        assertThat(length("凤泉区要积极谋划")).isEqualTo(3);
        assertThat(length("市商务局举办")).isEqualTo(4);
        assertThat(length("全市新建省级创新平台")).isZero();
        assertThat(UnitCategories.looksLikeUnit("市人力资源和社会保障局")).isTrue();
        assertThat(UnitCategories.looksLikeUnit("平原示范区要")).isFalse();
    }

    private static int length(String s) {
        return UnitCategories.leadingUnitLength(s, 0, s.length());
    }
}
