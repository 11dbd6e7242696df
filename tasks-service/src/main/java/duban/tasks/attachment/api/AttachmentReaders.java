package duban.tasks.attachment.api;

import duban.http.problem.ProblemException;
import duban.tasks.attachment.Attachments;
import duban.tasks.infrastructure.web.Caller;
import duban.tasks.lookup.AttachmentReferences.Reference;
import duban.tasks.task.api.TaskAudience;
import duban.tasks.task.query.TaskQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who may download a file: supervisors and auditors any; a unit's clerk one its unit uploaded, or one a report
 * names on a task its unit is on (the units that may read that task). Any other unit is refused with 403 whether
 * or not the file exists, so that refusals tell nothing of what others stored.
 */
@RequestScoped
class AttachmentReaders {

    @Inject
    Caller caller;

    @Inject
    Attachments attachments;

    @Inject
    TaskQueries tasks;

    @Inject
    TaskAudience audience;

    /** Who uploads: a clerk's unit, or anyone else's role and subject. */
    String uploader() {
        Optional<String> unit = caller.identity().unitId();
        return unit.orElseGet(() -> caller.identity().role() + ":" + caller.identity().subject());
    }

    void requireMayRead(String sha256) {
        Optional<String> unit = caller.identity().unitId();
        if (unit.isEmpty() || attachments.uploadedBy(sha256, unit.get())) {
            return;
        }
        for (Reference reference : attachments.namedBy(sha256)) {
            if (unit.get().equals(reference.unitId()) || tasks.find(reference.taskId())
                    .map(task -> audience.includes(task, unit.get())).orElse(false)) {
                return;
            }
        }
        throw new ProblemException(403, "attachment-not-permitted", "Forbidden",
                "the caller's unit neither uploaded this file nor is on a task whose reports name it");
    }
}
