package duban.tasks.task.query;

import duban.events.task.CompletionApproved;
import duban.events.task.MilestoneCompleted;
import duban.events.task.MilestoneRescheduled;
import duban.events.task.MilestoneScheduled;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The milestones (节点) of one task, folded from its events in order. */
final class MilestonesFold {

    private final Map<String, State> byId = new LinkedHashMap<>();

    private static final class State {
        private final MilestoneScheduled scheduled;
        private LocalDate dueOn;
        private MilestoneCompleted completed;
        private boolean waived;
        private final List<TaskView.Rescheduling> reschedulings = new ArrayList<>();

        private State(MilestoneScheduled scheduled) {
            this.scheduled = scheduled;
            this.dueOn = scheduled.dueOn();
        }
    }

    void scheduled(MilestoneScheduled event) {
        byId.put(event.milestoneId(), new State(event));
    }

    void rescheduled(MilestoneRescheduled event, Instant recordedAt) {
        State state = byId.get(event.milestoneId());
        if (state != null) {
            state.dueOn = event.dueOn();
            state.reschedulings.add(new TaskView.Rescheduling(event.previousDueOn(), event.dueOn(), event.reason(),
                    recordedAt));
        }
    }

    void completed(MilestoneCompleted event) {
        State state = byId.get(event.milestoneId());
        if (state != null) {
            state.completed = event;
        }
    }

    void closed(CompletionApproved event) {
        if (event.waivedMilestoneIds() != null) {
            event.waivedMilestoneIds().stream().map(byId::get).filter(state -> state != null)
                    .forEach(state -> state.waived = true);
        }
    }

    List<TaskView.Milestone> view(ReportsFold reports) {
        return byId.values().stream().map(state -> {
            MilestoneScheduled scheduled = state.scheduled;
            MilestoneCompleted completed = state.completed;
            return new TaskView.Milestone(scheduled.milestoneId(), state.dueOn, scheduled.dueOn(),
                    scheduled.description(), scheduled.commitment(), scheduled.responsibleUnitIds(),
                    completed != null, completed == null ? null : completed.completedOn(),
                    completed == null ? null : completed.note(), reports.claimingDone(scheduled.milestoneId()),
                    state.waived, List.copyOf(state.reschedulings));
        }).toList();
    }
}
