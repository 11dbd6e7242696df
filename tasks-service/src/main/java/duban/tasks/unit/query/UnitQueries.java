package duban.tasks.unit.query;

import duban.tasks.eventstore.StoredEvents;
import duban.tasks.lookup.DirectoryTables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers questions about units: one unit folded from its stored events; the directory from the name claims the
 * lookup processor keeps, each stamped with the time of the event that made it, so the directory as of an instant
 * holds exactly the names and aliases recorded up to then.
 */
@ApplicationScoped
public class UnitQueries {

    /** Within a category, by the pinyin order of the name, as Chinese lists are read. */
    private static final Comparator<UnitEntry> DIRECTORY_ORDER = Comparator
            .comparing(UnitEntry::category)
            .thenComparing(UnitEntry::name, Collator.getInstance(Locale.CHINA))
            .thenComparing(UnitEntry::id);

    @Inject
    StoredEvents events;

    @Inject
    DirectoryTables directory;

    /** The unit as the events recorded up to {@code asOf} (inclusive) tell it; null means now. */
    public Optional<UnitView> findAsOf(String unitId, Instant asOf) {
        return events.replay(unitId, asOf, new UnitFold()).map(UnitFold::view);
    }

    public Optional<UnitView> find(String unitId) {
        return findAsOf(unitId, null);
    }

    /** The unit that goes by this spelling (name or alias) now, if any. */
    public Optional<UnitRef> holderOf(String spelling) {
        return directory.holderOf(spelling).map(holder -> new UnitRef(holder.unitId(), holder.name()));
    }

    /** Every unit with its aliases, as recorded up to {@code asOf} (null: now), by category, then name. */
    public List<UnitEntry> directory(Instant asOf) {
        return directory.unitsAsOf(asOf).stream()
                .map(unit -> new UnitEntry(unit.unitId(), unit.name(), unit.category(),
                        UnitCategories.label(unit.category()), unit.aliases()))
                .sorted(DIRECTORY_ORDER)
                .toList();
    }
}
