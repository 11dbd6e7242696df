package duban.rules.bulletin;

/**
 * What a unit's month adds up to in a bulletin.
 *
 * @param reportsOwed        periods whose reporting day fell in the month and whose deadline had passed by the cut-off
 * @param reportsOnTime      of those, filed by their deadline
 * @param reportsLate        of those, filed after it (by the cut-off)
 * @param reportsMissing     of those, not filed by the cut-off
 * @param reportsOpen        periods of the month whose (moved) deadline lies after the cut-off
 * @param milestonesDue      milestones binding the unit due in the month
 * @param milestonesMet      of those, done by their due date
 * @param milestonesOverdue  milestones binding the unit due by the month's end and not done at the cut-off, whatever
 *                           month they fell due in
 */
public record UnitMonth(int reportsOwed, int reportsOnTime, int reportsLate, int reportsMissing, int reportsOpen,
                        int milestonesDue, int milestonesMet, int milestonesOverdue) {
}
