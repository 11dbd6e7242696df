package duban.tasks.imports.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import duban.events.unit.UnitCategory;
import duban.tasks.imports.directory.KnownUnits;
import duban.tasks.notice.NoticeParser;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.WarningCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary of a dry run, on a small notice counted by hand against a directory that knows one of its units. */
class ReviewSummaryTest {

    private static final String NOTICE = String.join("\n",
            "测试市人民政府办公室关于印发测试工作方案的通知",
            "测政办〔2025〕9号",
            "测试市人民政府办公室",
            "2025年1月10日",
            "测试工作方案",
            "一、重点任务",
            "(一)建设孵化载体",
            "牵头单位:市科技局",
            "同责单位:市财政局、各县(市)、区",
            "时间进度:2025年6月底前新建孵化器3家;2025年12月底前新建众创空间2家。",
            "(二)培育科技企业",
            "牵头单位:市科技局、市新设局",
            "时间进度:2025年12月底前完成。",
            "(三)完善服务体系",
            "时间进度:2025年9月底前完成。",
            "二、工作要求",
            "各单位要高度重视。");

    private static final KnownUnits DIRECTORY = KnownUnits.builder()
            .unit("u-keji", "测试市科学技术局", UnitCategory.CITY_DEPARTMENT, List.of("市科技局"))
            .build();

    @Test
    void countsTasksUnitsGroupsMilestonesTargetsAndWarningsByCode() {
        ParsedNotice notice = NoticeParser.parse(NOTICE, DIRECTORY);
        ReviewSummary summary = ReviewSummary.of(notice);

        // 一 with (一) (二) (三); 二 assigns no unit and stays a provision.
        assertThat(summary.tasks()).isEqualTo(4);
        assertThat(summary.leafTasks()).isEqualTo(3);
        // 市科技局 is known as an alias; 市财政局 and 市新设局 would be registered.
        assertThat(summary.unitsKnown()).isEqualTo(1);
        assertThat(summary.unitsNew()).isEqualTo(2);
        assertThat(summary.groups()).isEqualTo(1);
        // Two dated clauses in (一), one each in (二) and (三).
        assertThat(summary.milestones()).isEqualTo(4);
        // 孵化器3家 and 众创空间2家.
        assertThat(summary.targets()).isEqualTo(2);
        assertThat(summary.warningsByCode()).containsExactly(
                Map.entry(WarningCode.UNIT_REGISTERED, 2),
                Map.entry(WarningCode.GROUP_EMPTY, 1),
                Map.entry(WarningCode.NO_LEAD_UNIT, 1));
        assertThat(summary.warnings()).isEqualTo(4).isEqualTo(notice.warnings().size());
    }

    @Test
    void theSummaryComesFirstAndThePlanFollowsAsTheParserReturnsIt() throws Exception {
        ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        ParsedNotice notice = NoticeParser.parse(NOTICE, DIRECTORY);

        JsonNode review = json.readTree(json.writeValueAsString(NoticeReview.of(notice)));
        JsonNode parsed = json.readTree(json.writeValueAsString(notice));

        List<String> fields = new ArrayList<>();
        review.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("summary", "plan", "tasks", "provisions", "units", "groups", "warnings");
        for (String part : List.of("plan", "tasks", "provisions", "units", "groups", "warnings")) {
            assertThat(review.get(part)).as(part).isEqualTo(parsed.get(part));
        }
        assertThat(review.at("/summary/warningsByCode/UNIT_REGISTERED").asInt()).isEqualTo(2);
    }
}
