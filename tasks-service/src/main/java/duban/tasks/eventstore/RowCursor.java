package duban.tasks.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.NoSuchElementException;

/**
 * Streams the rows of a query a few hundred at a time (a PostgreSQL cursor: the connection must not
 * be in auto-commit), so that walking the whole store keeps only the current batch in memory.
 * Several cursors may be open on one connection at once.
 */
final class RowCursor<T> implements Rows<T>, AutoCloseable {

    private static final int FETCH_SIZE = 500;

    private final PreparedStatement statement;
    private final ResultSet rows;
    private final RowMapper<T> mapper;
    private T next;

    private RowCursor(PreparedStatement statement, ResultSet rows, RowMapper<T> mapper) {
        this.statement = statement;
        this.rows = rows;
        this.mapper = mapper;
    }

    static <T> RowCursor<T> open(Connection connection, String sql, RowMapper<T> mapper) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("a cursor needs a transaction: PostgreSQL would read every row at once");
        }
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            statement.setFetchSize(FETCH_SIZE);
            return new RowCursor<>(statement, statement.executeQuery(), mapper);
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    @Override
    public boolean hasNext() {
        try {
            if (next == null && rows.next()) {
                next = mapper.map(rows);
            }
            return next != null;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the store failed", e);
        }
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T current = next;
        next = null;
        return current;
    }

    @Override
    public void close() throws SQLException {
        try {
            rows.close();
        } finally {
            statement.close();
        }
    }
}
