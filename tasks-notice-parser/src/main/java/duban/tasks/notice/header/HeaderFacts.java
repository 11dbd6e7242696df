package duban.tasks.notice.header;

import java.time.LocalDate;
import java.util.List;

/** What the lines around the plan say about it; see {@link duban.tasks.notice.model.PlanHeader}. */
public record HeaderFacts(
        String title,
        String noticeTitle,
        String docNumber,
        String issuer,
        LocalDate issuedOn,
        List<String> introduction,
        List<String> attachments,
        List<String> closing) {
}
