package duban.rules.acknowledgement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Folds a task's history, in its order, into assignments. A unit named lead or co-responsible starts a span; moving
 * between lead and co-responsible keeps it; taken off the task, its span ends, and named again it starts a new one
 * that needs a new acknowledgement. The task completed or cancelled ends every running span (nothing more is owed).
 * The first acknowledgement within a running span counts; one for a unit not assigned, or a second one, changes
 * nothing.
 */
public final class AssignmentTimeline {

    private final Map<String, Assignment> running = new LinkedHashMap<>();
    private final List<Assignment> ended = new ArrayList<>();
    private boolean closed;

    /** The task's lead and co-responsible units are now exactly {@code leads} and {@code cos}. */
    public AssignmentTimeline assigned(Instant at, Collection<String> leads, Collection<String> cos) {
        Objects.requireNonNull(at, "at");
        if (closed) {
            return this;
        }
        Set<String> now = new LinkedHashSet<>();
        now.addAll(leads == null ? List.of() : leads);
        now.addAll(cos == null ? List.of() : cos);
        for (String unit : List.copyOf(running.keySet())) {
            if (!now.contains(unit)) {
                Assignment span = running.remove(unit);
                ended.add(new Assignment(unit, span.from(), at, true, span.acknowledgedAt(), span.note()));
            }
        }
        for (String unit : now) {
            running.putIfAbsent(unit, new Assignment(unit, at, null, false, null, null));
        }
        return this;
    }

    /** The unit acknowledged its assignment. */
    public AssignmentTimeline acknowledged(Instant at, String unitId, String note) {
        Objects.requireNonNull(at, "at");
        Assignment span = closed ? null : running.get(unitId);
        if (span != null && span.acknowledgedAt() == null) {
            running.put(unitId, new Assignment(unitId, span.from(), null, false, at, note));
        }
        return this;
    }

    /** The task was completed or cancelled: every running span ends, the units still standing on it. */
    public AssignmentTimeline closed(Instant at) {
        Objects.requireNonNull(at, "at");
        if (!closed) {
            running.replaceAll((unit, span) ->
                    new Assignment(unit, span.from(), at, false, span.acknowledgedAt(), span.note()));
            closed = true;
        }
        return this;
    }

    /** Every span, the ended ones first in the order they ended, then the units still on the task. */
    public List<Assignment> assignments() {
        List<Assignment> all = new ArrayList<>(ended);
        all.addAll(running.values());
        return List.copyOf(all);
    }

    /** The units still on the task, each with its latest span, in the order they were assigned. */
    public Map<String, Assignment> current() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(running));
    }
}
