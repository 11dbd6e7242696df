package duban.rules.rag;

import java.util.Objects;

/**
 * Why a task or a unit has its colour.
 *
 * @param colour  the colour this reason alone gives
 * @param code    stable, for programs: {@value #MILESTONE_OVERDUE}, {@value #REPORTS_MISSING},
 *                {@value #MILESTONE_DUE_SOON}, {@value #REPORT_MISSING}, {@value #TARGET_BEHIND}
 * @param subject what it is about: a milestone id, a unit id, a target id
 * @param detail  for people, in Chinese
 */
public record RagReason(Rag colour, String code, String subject, String detail) {

    public static final String MILESTONE_OVERDUE = "milestone-overdue";
    public static final String REPORTS_MISSING = "reports-missing";
    public static final String MILESTONE_DUE_SOON = "milestone-due-soon";
    public static final String REPORT_MISSING = "report-missing";
    public static final String TARGET_BEHIND = "target-behind";

    public RagReason {
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(code, "code");
    }
}
