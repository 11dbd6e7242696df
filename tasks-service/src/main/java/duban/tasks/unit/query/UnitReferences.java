package duban.tasks.unit.query;

import duban.http.problem.Problem;
import duban.http.problem.ProblemException;
import duban.tasks.imports.directory.KnownUnits;
import duban.tasks.imports.directory.UnitDirectoryTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Resolves the units a request names, by id, name or alias (简称), to unit ids. Every unknown one is
 * collected, so that one 422 {@code unknown-unit} answer names all of them, each with its close matches.
 */
@ApplicationScoped
public class UnitReferences {

    @Inject
    UnitDirectoryTable directory;

    /**
     * The last reading of the directory. It can only lack what was registered since: no event renames a
     * unit or takes an alias away, so whatever it resolves stays right, and a reference it does not know
     * is looked up again in a fresh reading before it is called unknown (another replica may have
     * registered it a moment ago).
     */
    private volatile KnownUnits lastReading;

    /** A resolution for one request. */
    public Resolution resolution() {
        KnownUnits known = lastReading;
        return new Resolution(known != null ? known : reread(), this::reread);
    }

    private KnownUnits reread() {
        KnownUnits known = directory.read();
        lastReading = known;
        return known;
    }

    /** Collects resolved ids and the unknown references of one request. */
    public static final class Resolution {

        private KnownUnits known;
        private Supplier<KnownUnits> fresh;
        private final List<Problem.FieldError> unknown = new ArrayList<>();

        Resolution(KnownUnits known, Supplier<KnownUnits> fresh) {
            this.known = known;
            this.fresh = fresh;
        }

        /** The id of the unit the reference names, or the reference itself when unknown (then recorded). */
        public String unit(String field, String reference) {
            if (reference == null || known.unitIds().contains(reference)) {
                return reference;
            }
            if (fresh != null && known.canonicalName(reference).isEmpty()) {
                // Read the directory once more for this request, then trust that reading.
                known = fresh.get();
                fresh = null;
                return unit(field, reference);
            }
            var id = known.canonicalName(reference).flatMap(known::unitId);
            if (id.isPresent()) {
                return id.get();
            }
            List<String> close = CloseMatches.of(reference, known.spellings());
            unknown.add(new Problem.FieldError(field, "no unit is named '" + reference + "'"
                    + (close.isEmpty() ? "" : "; close matches: " + String.join(", ", close))));
            return reference;
        }

        /** The ids of the units a list names, in order; null stays null. */
        public List<String> units(String field, List<String> references) {
            if (references == null) {
                return null;
            }
            List<String> ids = new ArrayList<>(references.size());
            for (int i = 0; i < references.size(); i++) {
                ids.add(unit(field + "[" + i + "]", references.get(i)));
            }
            return ids;
        }

        /** Answers 422 {@code unknown-unit} if any reference was unknown; call before sending the command. */
        public void requireAllKnown() {
            if (!unknown.isEmpty()) {
                throw new ProblemException(422, "unknown-unit", "Unknown unit",
                        "the request names " + (unknown.size() == 1 ? "a unit" : unknown.size() + " units")
                                + " the unit directory does not know", unknown);
            }
        }
    }
}
