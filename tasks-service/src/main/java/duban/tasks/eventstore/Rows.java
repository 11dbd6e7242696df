package duban.tasks.eventstore;

/**
 * Rows read one at a time, in the order of their query. A failed read is unchecked: nothing a reader could do
 * about a lost connection differs from any other failure of the request.
 */
public interface Rows<T> {

    boolean hasNext();

    T next();
}
