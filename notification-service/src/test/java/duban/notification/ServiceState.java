package duban.notification;

import duban.testing.state.TableCounts;
import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * What a refused call must leave as it was in this service's database: the row counts of the given tables, and how
 * many contacts are marked removed (a removal keeps its row, so counting rows would not see it).
 */
public final class ServiceState implements Supplier<Object> {

    private final TableCounts tables;

    private ServiceState(String... tables) {
        this.tables = TableCounts.inServiceDatabase(tables);
    }

    public static ServiceState of(String... tables) {
        return new ServiceState(tables);
    }

    @Override
    public Object get() {
        try (Connection connection = CDI.current().select(DataSource.class).get().getConnection();
             Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("select count(*) from contact where not active")) {
            row.next();
            return List.of(tables.get(), "removed contacts=" + row.getLong(1));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot observe the removed contacts", e);
        }
    }
}
