package duban.tasks.notice.header;

import duban.tasks.notice.diagnostics.Warnings;
import duban.tasks.notice.model.WarningCode;
import duban.tasks.notice.text.Folding;
import duban.tasks.notice.text.Snippet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines before the first task (title, 文号, addressees, the notice's body, signature, plan title,
 * preamble) and after the last one (附件, 抄送, page noise).
 */
public final class HeaderReader {

    private static final Pattern ISSUER = Pattern.compile(
            "[\\u4e00-\\u9fa5()]{2,30}(办公室|人民政府|委员会|领导小组|管委会|政府|局|委|办|厅|部)");
    private static final Pattern PLAN_TITLE = Pattern.compile(
            "[\\u4e00-\\u9fa5《》“”()、0-9]{4,100}(方案|意见|办法|计划|要点|细则|措施|清单|安排|规划)");
    private static final Pattern TITLE_IN_NOTICE = Pattern.compile("关于印发《?(.+?)》?的通知");
    private static final Pattern ISSUER_IN_NOTICE = Pattern.compile("^(.+?)关于");
    private static final Pattern ATTACHMENT = Pattern.compile("^附\\s*件\\s*\\d*\\s*[::.]?\\s*");

    private final Warnings warnings;
    private String title;
    private String noticeTitle;
    private String noticeTitleFolded;
    private String docNumber;
    private String issuer;
    private LocalDate issuedOn;
    private LocalDate pageDate;
    private final List<Snippet> introduction = new ArrayList<>();
    private final List<String> attachments = new ArrayList<>();
    private final List<Snippet> closing = new ArrayList<>();

    private HeaderReader(Warnings warnings) {
        this.warnings = warnings;
    }

    public static HeaderFacts read(List<Snippet> header, List<Snippet> footer, Warnings warnings) {
        HeaderReader reader = new HeaderReader(warnings);
        header.forEach(reader::headerLine);
        footer.forEach(reader::footerLine);
        return reader.facts(header.isEmpty() ? 1 : header.get(0).line());
    }

    private void headerLine(Snippet line) {
        String f = line.text();
        if (f.isEmpty()) {
            return;
        }
        if (PageNoise.isNoise(f)) {
            IssueDates.anywhere(f).ifPresent(date -> pageDate = date);
            return;
        }
        if (noticeTitle == null && title == null && introduction.isEmpty() && (f.contains("通知") || f.contains("关于"))) {
            noticeTitle = line.verbatim();
            noticeTitleFolded = f;
            return;
        }
        if (f.equals(noticeTitleFolded)) {
            return; // web pages repeat the title above the text
        }
        if (docNumber == null && DocNumbers.isWholeLine(f)) {
            docNumber = DocNumbers.find(f).orElseThrow();
            return;
        }
        Optional<LocalDate> date = IssueDates.wholeLine(f);
        if (date.isPresent()) {
            takeSignature(date.get(), introduction);
            return;
        }
        if (title == null && PLAN_TITLE.matcher(f).matches()) {
            title = line.verbatim();
            return;
        }
        introduction.add(line);
    }

    private void footerLine(Snippet line) {
        String f = line.text();
        if (f.isEmpty()) {
            return;
        }
        if (PageNoise.isNoise(f)) {
            IssueDates.anywhere(f).ifPresent(date -> pageDate = date);
            return;
        }
        Matcher attachment = ATTACHMENT.matcher(f);
        if (attachment.lookingAt() && attachment.end() > 1) {
            attachments.add(line.verbatim().substring(attachment.end()).trim());
            if (docNumber == null) {
                docNumber = DocNumbers.find(f).orElse(null);
            }
            return;
        }
        Optional<LocalDate> date = IssueDates.wholeLine(f);
        if (date.isPresent() && issuedOn == null) {
            takeSignature(date.get(), closing);
            return;
        }
        if (docNumber == null && DocNumbers.isWholeLine(f)) {
            docNumber = DocNumbers.find(f).orElseThrow();
            return;
        }
        closing.add(line);
    }

    /** A date line signs the notice; the line above it, when an office's name, is the issuer. */
    private void takeSignature(LocalDate date, List<Snippet> before) {
        if (issuedOn == null) {
            issuedOn = date;
        }
        if (!before.isEmpty() && ISSUER.matcher(before.get(before.size() - 1).text()).matches()) {
            Snippet signer = before.remove(before.size() - 1);
            if (issuer == null) {
                issuer = signer.verbatim();
            }
        }
    }

    private HeaderFacts facts(int firstLine) {
        if (title == null && noticeTitle != null) {
            // "关于印发《X》的通知" issues the plan X; any other notice is the plan itself.
            Matcher m = TITLE_IN_NOTICE.matcher(noticeTitle);
            title = m.find() ? m.group(1) : noticeTitle;
        }
        if (issuer == null && noticeTitle != null) {
            Matcher m = ISSUER_IN_NOTICE.matcher(noticeTitle);
            issuer = m.find() ? m.group(1) : null;
        }
        if (docNumber == null) {
            for (Snippet line : introduction) {
                docNumber = DocNumbers.findUncited(Folding.fold(line.text())).orElse(docNumber);
            }
        }
        if (issuedOn == null) {
            issuedOn = pageDate;
        }
        missing(firstLine, title, "the plan has no title");
        missing(firstLine, docNumber, "the notice has no document number (文号)");
        missing(firstLine, issuer, "the notice names no issuer");
        missing(firstLine, issuedOn, "the notice has no date of issue; years missing from dates cannot be inferred");
        return new HeaderFacts(title, noticeTitle, docNumber, issuer, issuedOn,
                introduction.stream().map(Snippet::verbatim).toList(), attachments,
                closing.stream().map(Snippet::verbatim).toList());
    }

    private void missing(int line, Object value, String message) {
        if (value == null) {
            warnings.add(line, WarningCode.HEADER_INCOMPLETE, message, "");
        }
    }
}
