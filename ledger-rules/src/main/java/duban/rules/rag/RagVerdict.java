package duban.rules.rag;

import java.util.List;

/** A colour and every reason for it, the worst first. GREEN has no reasons. */
public record RagVerdict(Rag colour, List<RagReason> reasons) {

    public RagVerdict {
        reasons = List.copyOf(reasons);
    }

    static RagVerdict of(List<RagReason> reasons) {
        Rag colour = Rag.GREEN;
        for (RagReason reason : reasons) {
            colour = colour.worst(reason.colour());
        }
        List<RagReason> ordered = reasons.stream()
                .sorted((a, b) -> b.colour().compareTo(a.colour()))
                .toList();
        return new RagVerdict(colour, ordered);
    }
}
