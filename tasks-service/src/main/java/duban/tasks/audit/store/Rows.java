package duban.tasks.audit.store;

import java.sql.SQLException;

/** Rows read one at a time, in the order of their query. */
public interface Rows<T> {

    boolean hasNext() throws SQLException;

    T next() throws SQLException;
}
