package duban.tasks.audit.verify;

import duban.tasks.attachment.Attachments;
import duban.tasks.attachment.FileReceiver;
import duban.tasks.lookup.AttachmentReferences.Reference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads every file the ledger's reports name from the blob store, in small buffers, and hashes it: a file missing,
 * of another size than the report states, or no longer hashing to its name is a problem.
 */
@ApplicationScoped
public class AttachmentCheck {

    @Inject
    Attachments attachments;

    /** The outcome: files checked, and the problems found. */
    public record Outcome(long checked, List<AttachmentProblem> problems) {
    }

    public Outcome check() {
        List<AttachmentProblem> problems = new ArrayList<>();
        long checked = 0;
        for (Reference named : attachments.namedInLedger()) {
            checked++;
            try {
                OptionalLong size = attachments.storedSize(named.sha256());
                if (size.isEmpty()) {
                    problems.add(problem(named, "missing", "no file is stored under this hash"));
                    continue;
                }
                FileReceiver.Digest digest;
                try (InputStream in = attachments.open(named.sha256(), 0, size.getAsLong())) {
                    digest = FileReceiver.digest(in);
                }
                if (!digest.sha256().equals(named.sha256())) {
                    problems.add(problem(named, "corrupt", "the stored bytes hash to " + digest.sha256()));
                } else if (digest.size() != named.size()) {
                    problems.add(problem(named, "size-mismatch", "the report states " + named.size()
                            + " bytes; the stored file has " + digest.size()));
                }
            } catch (IOException e) {
                problems.add(problem(named, "missing", "the file cannot be read: " + e.getMessage()));
            }
        }
        return new Outcome(checked, problems);
    }

    private static AttachmentProblem problem(Reference named, String problem, String detail) {
        return new AttachmentProblem(named.sha256(), named.taskId(), named.reportId(), problem, detail);
    }
}
