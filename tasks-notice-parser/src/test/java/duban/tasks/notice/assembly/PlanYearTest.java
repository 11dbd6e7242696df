package duban.tasks.notice.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.notice.header.HeaderFacts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanYearTest {

    private static HeaderFacts header(String title, LocalDate issuedOn) {
        return new HeaderFacts(title, null, null, null, issuedOn, List.of(), List.of(), List.of());
    }

    @Test
    void theYearOfIssueElseTheOneYearTheTitleNames() {
        assertThat(PlanYear.of(header("2025年开发区重点工作及责任清单", LocalDate.of(2024, 12, 20)))).isEqualTo(2024);
        assertThat(PlanYear.of(header("2025年开发区重点工作及责任清单", null))).isEqualTo(2025);
        assertThat(PlanYear.of(header("关于印发2021年省政府重点工作任务分解的通知", null))).isEqualTo(2021);
    }

    @Test
    void aSpanOfYearsOrNoYearGivesNone() {
        assertThat(PlanYear.of(header("2021—2025年数字经济发展规划", null))).isNull();
        assertThat(PlanYear.of(header("2021年至2025年规划", null))).isNull();
        assertThat(PlanYear.of(header("2023年工作要点及2024年计划", null))).isNull();
        assertThat(PlanYear.of(header("重点工作责任清单", null))).isNull();
        assertThat(PlanYear.of(header(null, null))).isNull();
    }
}
