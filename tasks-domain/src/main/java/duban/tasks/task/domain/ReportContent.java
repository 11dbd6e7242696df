package duban.tasks.task.domain;

import duban.events.task.Attachment;
import duban.events.task.TargetCount;
import duban.tasks.domain.rule.Require;
import duban.tasks.domain.rule.Violation;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The body of a progress report or of its correction, checked against the task: known targets counted
 * once each and never below zero, known milestones, well-formed attachment metadata.
 */
record ReportContent(String text, List<TargetCount> counts, List<String> milestonesClaimedDone,
                     List<Attachment> attachments) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** Normalises absent lists to empty ones and applies every check. */
    static ReportContent checked(String text, List<TargetCount> counts, List<String> milestonesClaimedDone,
                                 List<Attachment> attachments, Targets targets, Milestones milestones) {
        Require.text(text, "text");
        List<TargetCount> countList = Require.listOrEmpty(counts, "counts");
        Set<String> counted = new HashSet<>();
        for (TargetCount count : countList) {
            Require.text(count.targetId(), "counts.targetId");
            targets.requireKnown(count.targetId());
            if (!counted.add(count.targetId())) {
                throw Violation.INVALID_COUNT.because("target " + count.targetId() + " is counted twice");
            }
            BigDecimal cumulative = Require.present(count.cumulative(), "counts.cumulative");
            if (cumulative.signum() < 0) {
                throw Violation.INVALID_COUNT.because("the cumulative count of " + count.targetId() + " is negative");
            }
        }
        List<String> claimed = Require.listOrEmpty(milestonesClaimedDone, "milestonesClaimedDone");
        milestones.requireAllKnown(claimed);
        List<Attachment> attachmentList = Require.listOrEmpty(attachments, "attachments");
        attachmentList.forEach(ReportContent::checkAttachment);
        return new ReportContent(text, countList, List.copyOf(new LinkedHashSet<>(claimed)), attachmentList);
    }

    private static void checkAttachment(Attachment attachment) {
        if (attachment.name() == null || attachment.name().isBlank() || attachment.size() < 0
                || attachment.sha256() == null || !SHA256.matcher(attachment.sha256()).matches()) {
            throw Violation.INVALID_ATTACHMENT.because("attachment " + attachment.name()
                    + " needs a name, a size of at least 0 and a lower-case hex SHA-256");
        }
    }
}
