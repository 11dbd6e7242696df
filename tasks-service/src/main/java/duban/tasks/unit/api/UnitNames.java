package duban.tasks.unit.api;

import duban.http.problem.Problem;
import duban.http.problem.ProblemException;
import duban.tasks.unit.query.UnitQueries;
import duban.tasks.unit.query.UnitRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rule "a spelling names one unit", checked before a command is sent so the answer can say who holds the
 * name. The claims table enforces the same rule again inside the command's transaction (see
 * {@link UnitProblems}), which is what makes it hold under concurrent requests.
 */
@ApplicationScoped
public class UnitNames {

    static final String TAKEN = "unit-name-taken";

    @Inject
    UnitQueries units;

    /** Answers 409 {@code unit-name-taken} listing every spelling another unit (or none but this one) holds. */
    void requireFree(String unitId, List<Spelling> spellings) {
        List<Problem.FieldError> taken = new ArrayList<>();
        for (Spelling spelling : spellings) {
            Optional<UnitRef> holder = units.holderOf(spelling.text());
            if (holder.isPresent() && !holder.get().id().equals(unitId)) {
                taken.add(new Problem.FieldError(spelling.field(), spelling.text() + " already names unit "
                        + holder.get().name() + " (" + holder.get().id() + ")"));
            }
        }
        if (!taken.isEmpty()) {
            throw new ProblemException(409, TAKEN, "Unit name taken",
                    "a unit's name or alias must name no other unit", taken);
        }
    }

    /** A spelling a request asks for, and the field it was written in. */
    record Spelling(String field, String text) {
    }
}
