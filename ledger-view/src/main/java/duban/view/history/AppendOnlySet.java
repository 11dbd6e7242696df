package duban.view.history;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A set in the order its members were added, that one thread adds to while any reads: adding is constant time (a
 * copy-on-write set copies itself on every add, which made loading a plan of 50,000 tasks quadratic), reading never
 * blocks and iterates over a weakly consistent view. Nothing is ever removed.
 */
final class AppendOnlySet<E> extends AbstractSet<E> {

    private final Set<E> members = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<E> order = new ConcurrentLinkedQueue<>();

    @Override
    public boolean add(E member) {
        if (!members.add(member)) {
            return false;
        }
        order.add(member);
        return true;
    }

    @Override
    public boolean contains(Object member) {
        return members.contains(member);
    }

    @Override
    public Iterator<E> iterator() {
        return Collections.unmodifiableCollection(order).iterator();
    }

    @Override
    public int size() {
        return members.size();
    }
}
