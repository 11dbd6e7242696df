package duban.reporting.view;

import duban.rules.rag.RagReason;
import duban.rules.rag.RagVerdict;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A red/yellow/green signal and every reason for it, the worst first. */
@Schema(name = "Signal", description = "红黄绿灯: the colour and every reason for it, the worst first")
public record Signal(@Schema(enumeration = {"GREEN", "YELLOW", "RED"}, example = "RED") String colour,
                     List<Reason> reasons) {

    /** Why: a stable code, what it is about (a milestone, unit or target id) and a sentence in Chinese. */
    @Schema(name = "SignalReason")
    public record Reason(@Schema(enumeration = {"GREEN", "YELLOW", "RED"}) String colour,
                         @Schema(example = "milestone-overdue") String code,
                         @Schema(example = "m-2017-12") String subject,
                         @Schema(example = "节点「完成认定」2017-12-31到期未完成") String detail) {
    }

    public static Signal of(RagVerdict verdict) {
        return new Signal(verdict.colour().name(), verdict.reasons().stream().map(Signal::reason).toList());
    }

    private static Reason reason(RagReason reason) {
        return new Reason(reason.colour().name(), reason.code(), reason.subject(), reason.detail());
    }
}
