package duban.tasks.audit.verify;

/** The kinds of broken link; {@link #code()} is what the API answers. */
public enum LinkProblem {
    EDITED("edited"),
    MISSING_PREDECESSOR("missing-predecessor"),
    INSERTED("inserted"),
    REORDERED("reordered"),
    CHECKPOINT_MISMATCH("checkpoint-mismatch");

    private final String code;

    LinkProblem(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
