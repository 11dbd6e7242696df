package duban.rules.acknowledgement;

import duban.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * When an assignment is due and how it stands. Its due day is the Nth working day after the day (in the plan's zone)
 * the ledger recorded the assignment, N from the settings (default 2): assigned on a Friday, due by the end of
 * Tuesday. Acknowledged by the end of that day is on time, after it late; unacknowledged it is OPEN until then and
 * OVERDUE (领办逾期) after. A span that ended unacknowledged (the task completed or cancelled) is judged as it stood
 * when it ended.
 */
public final class AcknowledgementRule {

    private final AcknowledgementSettings settings;
    private final WorkingDayCalendar calendar;

    public AcknowledgementRule(AcknowledgementSettings settings, WorkingDayCalendar calendar) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public AcknowledgementSettings settings() {
        return settings;
    }

    /** The day by whose end an assignment recorded at {@code assignedAt} is due. */
    public LocalDate dueOn(Instant assignedAt, ZoneId zone) {
        return calendar.addWorkingDays(assignedAt.atZone(zone).toLocalDate(), settings.workingDays());
    }

    /** The end (24:00) of the due day. */
    public static Instant deadline(LocalDate dueOn, ZoneId zone) {
        return dueOn.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The assignment at {@code asOf}; an acknowledgement or end the ledger recorded after {@code asOf} did not exist
     * then.
     */
    public Acknowledgement judge(Assignment assignment, ZoneId zone, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        LocalDate dueOn = dueOn(assignment.from(), zone);
        Instant deadline = deadline(dueOn, zone);
        Instant acknowledged = assignment.acknowledgedAt();
        AcknowledgementState state;
        if (acknowledged != null && !acknowledged.isAfter(asOf)) {
            state = !acknowledged.isAfter(deadline) ? AcknowledgementState.ACKNOWLEDGED
                    : AcknowledgementState.ACKNOWLEDGED_LATE;
        } else {
            Instant clock = assignment.until() != null && assignment.until().isBefore(asOf) ? assignment.until() : asOf;
            state = !clock.isAfter(deadline) ? AcknowledgementState.OPEN : AcknowledgementState.OVERDUE;
        }
        return new Acknowledgement(assignment, dueOn, deadline, state);
    }

    /**
     * What a month's bulletin counts as 领办逾期 for a unit, read at the month's cut-off: the assignments still owed
     * and overdue at the cut-off (their due day fell in the month or before), and those acknowledged late within the
     * month ({@code monthStart} up to the cut-off). An assignment overdue over several months counts in each of them
     * until the month it is acknowledged in.
     */
    public List<Acknowledgement> overdueInMonth(Collection<Assignment> assignments, ZoneId zone, Instant monthStart,
                                                Instant cutoff) {
        List<Acknowledgement> counted = new ArrayList<>();
        for (Assignment assignment : assignments) {
            Acknowledgement judged = judge(assignment, zone, cutoff);
            boolean lateInMonth = judged.state() == AcknowledgementState.ACKNOWLEDGED_LATE
                    && !assignment.acknowledgedAt().isBefore(monthStart);
            if (judged.outstanding() || lateInMonth) {
                counted.add(judged);
            }
        }
        return counted;
    }
}
