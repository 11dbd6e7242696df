package duban.tasks.unit.query;

import duban.events.unit.UnitCategory;
import duban.tasks.eventstore.StoredEvents;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.text.Collator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    AgroalDataSource dataSource;

    /** The unit as the events recorded up to {@code asOf} (inclusive) tell it; null means now. */
    public Optional<UnitView> findAsOf(String unitId, Instant asOf) {
        return events.replay(unitId, asOf, new UnitFold()).map(UnitFold::view);
    }

    public Optional<UnitView> find(String unitId) {
        return findAsOf(unitId, null);
    }

    /** The unit that goes by this spelling (name or alias) now, if any. */
    public Optional<UnitRef> holderOf(String spelling) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT c.unit_id, n.spelling FROM unit_name_claim c
                     LEFT JOIN unit_name_claim n ON n.unit_id = c.unit_id AND n.is_name
                     WHERE c.spelling = ?""")) {
            query.setString(1, spelling);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new UnitRef(row.getString(1), row.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the claims on unit names", e);
        }
    }

    /** Every unit with its aliases, as recorded up to {@code asOf} (null: now), by category, then name. */
    public List<UnitEntry> directory(Instant asOf) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT c.unit_id, c.spelling, c.is_name, d.category FROM unit_name_claim c
                     JOIN unit_directory d ON d.unit_id = c.unit_id
                     WHERE CAST(? AS TIMESTAMP WITH TIME ZONE) IS NULL
                        OR c.recorded_at <= CAST(? AS TIMESTAMP WITH TIME ZONE)
                     ORDER BY c.unit_id, c.recorded_at, c.spelling""")) {
            OffsetDateTime cutOff = asOf == null ? null : asOf.atOffset(ZoneOffset.UTC);
            query.setObject(1, cutOff, Types.TIMESTAMP_WITH_TIMEZONE);
            query.setObject(2, cutOff, Types.TIMESTAMP_WITH_TIMEZONE);
            Map<String, Row> units = new LinkedHashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    UnitCategory category = UnitCategory.valueOf(rows.getString(4));
                    Row unit = units.computeIfAbsent(rows.getString(1), id -> new Row(id, category));
                    if (rows.getBoolean(3)) {
                        unit.name = rows.getString(2);
                    } else {
                        unit.aliases.add(rows.getString(2));
                    }
                }
            }
            return units.values().stream()
                    .filter(unit -> unit.name != null)
                    .map(unit -> new UnitEntry(unit.id, unit.name, unit.category,
                            UnitCategories.label(unit.category), List.copyOf(unit.aliases)))
                    .sorted(DIRECTORY_ORDER)
                    .toList();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the unit directory", e);
        }
    }

    private static final class Row {
        private final String id;
        private final UnitCategory category;
        private final List<String> aliases = new ArrayList<>();
        private String name;

        Row(String id, UnitCategory category) {
            this.id = id;
            this.category = category;
        }
    }
}
