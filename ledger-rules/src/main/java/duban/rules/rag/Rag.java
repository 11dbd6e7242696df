package duban.rules.rag;

/** The signal of a task or a unit, from best to worst. */
public enum Rag {
    /** 绿灯: on track. */
    GREEN,
    /** 黄灯: needs attention soon. */
    YELLOW,
    /** 红灯: in trouble now. */
    RED;

    /** The worse of the two. */
    public Rag worst(Rag other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
