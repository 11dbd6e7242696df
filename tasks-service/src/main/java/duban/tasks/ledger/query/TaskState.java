package duban.tasks.ledger.query;

import duban.rules.status.TaskStatus;
import duban.events.task.Allocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One task as its events tell it, as far as the ledger shows it. Mutable, filled by {@link PlanFold}. */
final class TaskState {

    /** A dated clause (节点). */
    static final class MilestoneState {
        final String milestoneId;
        LocalDate dueOn;
        final String description;
        final boolean soft;
        final List<String> responsibleUnitIds;
        boolean done;

        MilestoneState(String milestoneId, LocalDate dueOn, String description, boolean soft,
                       List<String> responsibleUnitIds) {
            this.milestoneId = milestoneId;
            this.dueOn = dueOn;
            this.description = description;
            this.soft = soft;
            this.responsibleUnitIds = responsibleUnitIds == null ? List.of() : responsibleUnitIds;
        }
    }

    /** A target (目标) with its breakdown. */
    record TargetState(String targetId, String description, String measureWord, BigDecimal total,
                       List<Allocation> allocations) {
    }

    /** The report in force of one unit: the latest, a correction replacing what it supersedes. */
    record ReportState(String unitId, LocalDate period, String text) {
    }

    final String taskId;
    final String parentId;
    final String code;
    String title;
    String text;
    String timelineText;
    List<String> leadUnitIds;
    List<String> coUnitIds;
    TaskStatus status = TaskStatus.initial();
    boolean completionRequested;
    final Map<String, MilestoneState> milestones = new LinkedHashMap<>();
    final Map<String, TargetState> targets = new LinkedHashMap<>();
    final Map<String, ReportState> latestReports = new LinkedHashMap<>();
    final List<TaskState> children = new ArrayList<>();

    TaskState(String taskId, String parentId, String code) {
        this.taskId = taskId;
        this.parentId = parentId;
        this.code = code;
    }
}
