package duban.tasks.task.api;

import duban.events.task.LeaderLine;
import duban.events.task.ReportingCadence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/tasks}. */
@Schema(name = "CreateTaskRequest", description = "A new task (任务) of a plan.")
public record CreateTaskRequest(
        @NotBlank @Size(max = 100) @Schema(example = "xinxiang-2017-102") String planId,
        @Size(max = 100) @Schema(description = "The enclosing area or item; absent for an area") String parentId,
        @NotBlank @Size(max = 50) @Schema(example = "一.(二).1.(2)") String code,
        @NotBlank @Size(max = 500) @Schema(example = "加快发展高新技术企业") String title,
        @Size(max = 20000) String text,
        @NotEmpty @Size(max = 50) @Schema(description = "牵头单位, by id, name or alias", example = "[\"市科技局\"]")
        List<@NotBlank @Size(max = 100) String> leadUnitIds,
        @Size(max = 200) @Schema(description = "同责单位, by id, name or alias", example = "[\"红旗区\"]") List<@NotBlank @Size(max = 100) String> coUnitIds,
        @Size(max = 5000) @Schema(description = "时间进度 verbatim", example = "2017年12月底前完成")
        String timelineText,
        @Valid @Schema(description = "How often the task reports (报送频次) as the notice sets it; absent when not "
                + "stated") Cadence reportingCadence,
        @Size(max = 20) @Schema(description = "Leader lines (分管领导 / 牵头负责领导) verbatim, kept as data; absent "
                + "when not stated") List<@Valid @NotNull Leader> leaders) {

    /**
     * 报送频次: "从10月份开始每半月报送工作进展情况".
     *
     * @param daysOfMonth the reporting days when the notice names them (每月5日、20日)
     */
    @Schema(name = "ReportingCadenceRequest", description = "How often a task reports, as its notice words it.")
    public record Cadence(
            @NotNull @Schema(example = "SEMI_MONTHLY") ReportingFrequency frequency,
            @Schema(description = "The first day it applies (从10月份开始); absent when not given",
                    example = "2017-10-01") LocalDate startsOn,
            @Size(max = 31) @Schema(description = "Named reporting days (每月5日、20日); absent or empty when none",
                    example = "[]") List<@NotNull @Min(1) @Max(31) Integer> daysOfMonth,
            @NotBlank @Size(max = 500) @Schema(description = "The clause, verbatim",
                    example = "从10月份开始每半月报送工作进展情况") String text) {
    }

    /** A leader line of the notice. */
    @Schema(name = "LeaderLineRequest", description = "A leader line (分管领导 / 牵头负责领导), kept verbatim.")
    public record Leader(
            @NotBlank @Size(max = 50) @Schema(example = "分管领导") String role,
            @NotBlank @Size(max = 500) @Schema(example = "王副市长") String text) {
    }

    /** The cadence as the command takes it; null when not stated. */
    ReportingCadence cadence() {
        if (reportingCadence == null) {
            return null;
        }
        return new ReportingCadence(reportingCadence.frequency().recorded(), reportingCadence.startsOn(),
                RequestValues.orEmpty(reportingCadence.daysOfMonth()), reportingCadence.text());
    }

    /** The leader lines as the command takes them; null when not stated. */
    List<LeaderLine> leaderLines() {
        return leaders == null ? null : leaders.stream().map(leader -> new LeaderLine(leader.role(), leader.text())).toList();
    }
}
