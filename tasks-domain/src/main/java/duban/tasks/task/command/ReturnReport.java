package duban.tasks.task.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * 退回: a supervisor returns the report (or correction) in force for its unit and period, saying why; the unit
 * answers with a correction, which is reviewed in turn.
 *
 * @param expectedVersion the task version the client saw (If-Match); null skips the check
 * @param reason          required: what the report lacks
 * @param correctBy       the last day for the correction, not before today; null: the ledger rules' default
 */
public record ReturnReport(
        @TargetAggregateIdentifier String taskId,
        @TargetAggregateVersion Long expectedVersion,
        String reportId,
        String reason,
        LocalDate correctBy) {
}
