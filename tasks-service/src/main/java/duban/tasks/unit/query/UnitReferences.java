package duban.tasks.unit.query;

import duban.http.problem.Problem;
import duban.http.problem.ProblemException;
import duban.tasks.imports.directory.KnownUnits;
import duban.tasks.imports.directory.UnitDirectoryTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves the units a request names, by id, name or alias (简称), to unit ids. Every unknown one is
 * collected, so that one 422 {@code unknown-unit} answer names all of them, each with its close matches.
 */
@ApplicationScoped
public class UnitReferences {

    @Inject
    UnitDirectoryTable directory;

    /** A resolution over one reading of the directory; use one per request. */
    public Resolution resolution() {
        return new Resolution(directory.read());
    }

    /** Collects resolved ids and the unknown references of one request. */
    public static final class Resolution {

        private final KnownUnits known;
        private final List<Problem.FieldError> unknown = new ArrayList<>();

        Resolution(KnownUnits known) {
            this.known = known;
        }

        /** The id of the unit the reference names, or the reference itself when unknown (then recorded). */
        public String unit(String field, String reference) {
            if (reference == null || known.unitIds().contains(reference)) {
                return reference;
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
