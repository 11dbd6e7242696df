package duban.testing.state;

import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The row count of each named table, plus the highest value of any column named with {@code table.column}:
 * what a refused call must leave as it was.
 */
public final class TableCounts implements Supplier<Object> {

    private final Supplier<DataSource> dataSource;
    private final List<String> measures;

    public TableCounts(DataSource dataSource, String... measures) {
        this(() -> dataSource, measures);
    }

    private TableCounts(Supplier<DataSource> dataSource, String... measures) {
        this.dataSource = dataSource;
        this.measures = List.of(measures);
    }

    /**
     * The measures in the database of the service under test, looked up when observed: a shared test names
     * what it observes before the application it observes has started.
     */
    public static TableCounts inServiceDatabase(String... measures) {
        return new TableCounts(() -> CDI.current().select(DataSource.class).get(), measures);
    }

    @Override
    public Object get() {
        Map<String, Long> values = new LinkedHashMap<>();
        List<String> selects = new ArrayList<>();
        for (String measure : measures) {
            int dot = measure.indexOf('.');
            selects.add(dot < 0 ? "(SELECT count(*) FROM " + measure + ")"
                    : "(SELECT coalesce(max(" + measure.substring(dot + 1) + "), 0) FROM " + measure.substring(0, dot) + ")");
        }
        try (Connection connection = dataSource.get().getConnection(); Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT " + String.join(", ", selects))) {
            row.next();
            for (int i = 0; i < measures.size(); i++) {
                values.put(measures.get(i), row.getLong(i + 1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot observe " + measures, e);
        }
    }
}
