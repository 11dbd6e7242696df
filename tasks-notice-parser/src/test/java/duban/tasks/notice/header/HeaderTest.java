package duban.tasks.notice.header;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.notice.NoticeParser;
import duban.tasks.notice.UnitDirectory;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.Warning;
import duban.tasks.notice.model.WarningCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "新政办(2017)102号|新政办〔2017〕102号",
        "新政办[2017]102号|新政办〔2017〕102号",
        "新政办〔2017〕102号|新政办〔2017〕102号",
        "…方案工作台账新政办(2017)102号 附件.xlsx|新政办〔2017〕102号",
        "豫政〔2017〕3号|豫政〔2017〕3号"})
    void writesDocumentNumbersInTheirStandardForm(String line, String number) {
        assertThat(DocNumbers.find(line)).hasValue(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"标签:", "留言与评论(共有 0 条评论)", "验证码:", "打印本页  关闭窗口", "首页 > 政务公开",
        "发布时间:2025-09-01  来源:市政府办", "【打印】【关闭】", "豫ICP备12345678号"})
    void knowsThePageAroundANotice(String line) {
        assertThat(PageNoise.isNoise(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"牵头单位:市科技局", "一、主要任务及分工", "附件:工作台账.xlsx"})
    void takesNoticeTextForNoNoise(String line) {
        assertThat(PageNoise.isNoise(line)).isFalse();
    }

    @Test
    void readsDatesOfIssueInChineseNumeralsAndDigits() {
        assertThat(IssueDates.wholeLine("二〇一七年九月二十八日")).hasValue(LocalDate.of(2017, 9, 28));
        assertThat(IssueDates.wholeLine("2017年9月28日")).hasValue(LocalDate.of(2017, 9, 28));
        assertThat(IssueDates.wholeLine("2017-09-28")).hasValue(LocalDate.of(2017, 9, 28));
        assertThat(IssueDates.wholeLine("2017年9月28日前完成")).isEmpty();
    }

    @Test
    void saysWhatTheHeaderLacks() {
        ParsedNotice notice = NoticeParser.parse("一、重点任务\n(一)任务\n牵头单位:市科技局\n时间进度:2017年12月底前完成。",
                UnitDirectory.empty());
        assertThat(notice.plan().title()).isNull();
        assertThat(notice.warnings()).filteredOn(w -> w.code() == WarningCode.HEADER_INCOMPLETE)
                .extracting(Warning::message).containsExactly("the plan has no title",
                        "the notice has no document number (文号)", "the notice names no issuer",
                        "the notice has no date of issue; years missing from dates cannot be inferred");
    }

    @Test
    void takesTheIssuerFromTheNoticeTitleWhenTheNoticeIsUnsigned() {
        ParsedNotice notice = NoticeParser.parse("测试市人民政府关于印发《测试方案》的通知\n测政〔2025〕2号\n"
                + "一、任务\n(一)任务\n牵头单位:市科技局\n时间进度:2025年12月底前完成。", UnitDirectory.empty());
        assertThat(notice.plan().title()).isEqualTo("测试方案");
        assertThat(notice.plan().issuer()).isEqualTo("测试市人民政府");
    }

    @Test
    void aDocumentTheIntroductionCitesLendsTheNoticeNoNumber() {
        String cited = "株洲市人民政府关于全面落实粮食安全省长责任制的实施意见\n"
                + "根据《国务院关于建立健全粮食安全省长责任制的若干意见》(国发〔2014〕69号)和《湖南省人民政府关于全面落实"
                + "粮食安全省长责任制的实施意见》(湘政发〔2015〕12号)精神,现提出如下实施意见。\n";
        String body = "一、任务\n(一)任务\n牵头单位:市科技局\n时间进度:2025年12月底前完成。";
        assertThat(NoticeParser.parse(cited + body, UnitDirectory.empty()).plan().docNumber()).isNull();
        assertThat(NoticeParser.parse(cited + "株政发〔2015〕20号\n" + body, UnitDirectory.empty()).plan().docNumber())
                .isEqualTo("株政发〔2015〕20号");
    }
}
