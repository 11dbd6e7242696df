package duban.tasks.notice.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The plan's header (工作方案的基本信息).
 *
 * @param title         the plan's own title, e.g. 新乡市贯彻落实…任务分解工作方案
 * @param noticeTitle   the covering notice's title (…关于印发…的通知), null when the text has none
 * @param docNumber     文号 in its standard form, e.g. 新政办〔2017〕102号; it may have stood in the 附件 line
 * @param issuer        the issuing office, e.g. 新乡市人民政府办公室
 * @param issuedOn      the date of issue (成文日期)
 * @param reportingDays days of the month on which units report, when the plan names them (每月5日、20日报送)
 * @param introduction  header lines that are neither title, number, issuer nor date: addressees, the notice's
 *                      body, the plan's preamble; verbatim
 * @param attachments   what the 附件 lines name, verbatim
 * @param closing       lines after the plan that are not page noise (抄送, 印发), verbatim
 */
public record PlanHeader(
        String title,
        String noticeTitle,
        String docNumber,
        String issuer,
        LocalDate issuedOn,
        List<Integer> reportingDays,
        List<String> introduction,
        List<String> attachments,
        List<String> closing) {

    public PlanHeader {
        reportingDays = List.copyOf(reportingDays);
        introduction = List.copyOf(introduction);
        attachments = List.copyOf(attachments);
        closing = List.copyOf(closing);
    }
}
