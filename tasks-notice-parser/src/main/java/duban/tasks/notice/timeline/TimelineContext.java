package duban.tasks.notice.timeline;

import duban.tasks.notice.diagnostics.Warnings;
import duban.tasks.notice.units.Mentions;
import duban.tasks.notice.units.NameMatcher;
import java.time.LocalDate;

/**
 * What reading a timeline needs from the rest of the notice.
 *
 * @param issuedOn the plan's date of issue: the year of dates written without one, null when unknown
 * @param planYear the year of dates written without one: the year of issue, else the year the plan's title names
 *                 (2025年开发区重点工作); null when neither is known
 * @param names    the unit names known so far, so that 中电科22所 is no count of 22
 * @param mentions where the units and groups of target breakdowns are recorded
 */
public record TimelineContext(LocalDate issuedOn, Integer planYear, NameMatcher names, Mentions mentions,
                              Warnings warnings) {

    /** A plan whose year is its year of issue. */
    public TimelineContext(LocalDate issuedOn, NameMatcher names, Mentions mentions, Warnings warnings) {
        this(issuedOn, issuedOn == null ? null : issuedOn.getYear(), names, mentions, warnings);
    }
}
