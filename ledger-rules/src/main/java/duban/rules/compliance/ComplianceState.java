package duban.rules.compliance;

/** How a unit did on one reporting period it owed. */
public enum ComplianceState {
    /** 按时报送: filed by the deadline. */
    ON_TIME,
    /** 逾期报送: filed after the deadline, for that period. */
    LATE,
    /** 未报送: the deadline passed and nothing was filed. */
    MISSING,
    /** 待报送: the deadline has not passed and nothing is filed yet. */
    OPEN;

    /** Whether the period is decided: its deadline passed or a report was filed. */
    public boolean settled() {
        return this != OPEN;
    }

    /** Whether a report was filed for the period. */
    public boolean filed() {
        return this == ON_TIME || this == LATE;
    }
}
