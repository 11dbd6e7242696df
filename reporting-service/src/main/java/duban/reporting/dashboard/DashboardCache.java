package duban.reporting.dashboard;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dashboards of "now" as last written, by unit and query, with what they were made from: the unit's stamp in the
 * ledger view and the instant until which the passing of time cannot change them (the next day in the plans' zones:
 * deadlines, due dates and colours all turn at midnight). A front end polls the same dashboard again and again; most
 * of those reads find it unchanged. The oldest entries go when it holds more than its bound.
 */
final class DashboardCache {

    record Entry(long stamp, Instant validUntil, byte[] json) {
    }

    private final int bound;
    private final Map<String, Entry> entries;

    DashboardCache(int bound) {
        this.bound = bound;
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > DashboardCache.this.bound;
            }
        };
    }

    /** The cached JSON, when it was made from this stamp and is still valid at {@code now}. */
    synchronized byte[] find(String key, long stamp, Instant now) {
        Entry entry = entries.get(key);
        return entry != null && entry.stamp() == stamp && now.isBefore(entry.validUntil()) ? entry.json() : null;
    }

    synchronized void keep(String key, Entry entry) {
        entries.put(key, entry);
    }
}
