package duban.testing.hostile;

/** What a hostile request must get, beyond the rule common to all: below 500, problem+json when refused. */
public enum Expectation {
    /** A defect no service may accept: any 4xx. */
    REFUSED,
    /** A body over the size limit: exactly 413. */
    TOO_LARGE,
    /** Hostile yet possibly valid (an injection string is still text): accepted or refused, never a crash. */
    HANDLED
}
