package duban.rules.acknowledgement;

/**
 * How long a unit has to acknowledge an assignment (configuration, per plan where set).
 *
 * @param workingDays the acknowledgement is due by the end of this many working days after the assignment's day
 *                    (default 2)
 */
public record AcknowledgementSettings(int workingDays) {

    public static final AcknowledgementSettings DEFAULTS = new AcknowledgementSettings(2);

    public AcknowledgementSettings {
        if (workingDays < 1) {
            throw new IllegalArgumentException("an acknowledgement is due at least one working day after assignment");
        }
    }
}
