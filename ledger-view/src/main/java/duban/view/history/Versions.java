package duban.view.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The versions of something over time, each in force from when it was recorded until the next. Appends come in
 * recording order; reads never see a half-made list.
 */
public final class Versions<V> {

    /** One version and when the ledger recorded it. */
    public record Version<V>(Instant from, V value) {
    }

    private volatile List<Version<V>> versions = List.of();

    void add(Instant from, V value) {
        List<Version<V>> next = new ArrayList<>(versions);
        next.add(new Version<>(from, value));
        versions = List.copyOf(next);
    }

    /** The version in force at {@code instant}; empty before the first. */
    public Optional<V> at(Instant instant) {
        List<Version<V>> current = versions;
        V found = null;
        for (Version<V> version : current) {
            if (version.from().isAfter(instant)) {
                break;
            }
            found = version.value();
        }
        return Optional.ofNullable(found);
    }

    /** The latest version; empty when there is none. */
    public Optional<V> latest() {
        List<Version<V>> current = versions;
        return current.isEmpty() ? Optional.empty() : Optional.of(current.get(current.size() - 1).value());
    }

    /** Every version, oldest first. */
    public List<Version<V>> all() {
        return versions;
    }
}
