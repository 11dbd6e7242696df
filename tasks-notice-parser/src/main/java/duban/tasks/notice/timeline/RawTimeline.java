package duban.tasks.notice.timeline;

import duban.tasks.notice.model.Cadence;
import duban.tasks.notice.model.Milestone;
import duban.tasks.notice.targets.RawTarget;
import java.util.List;

/** A timeline read: its milestones and cadence are final, its targets await unit resolution. */
public record RawTimeline(List<Milestone> milestones, Cadence cadence, List<RawTarget> targets) {
}
