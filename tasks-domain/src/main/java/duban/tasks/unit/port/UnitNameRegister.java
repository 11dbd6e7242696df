package duban.tasks.unit.port;

import java.util.Optional;

/**
 * The names and aliases units go by across the directory. The Unit aggregate sees only itself; the rule that a
 * spelling names one unit needs them all.
 *
 * <p>Contract: {@code holderOf} answers the unit that goes by {@code spelling} as its name or an alias, as the
 * directory stands now; it must be side-effect free and fast, since it runs inside the command's unit of work. Two
 * concurrent registrations of one spelling may both pass it: the app must refuse the second inside its transaction
 * as well (with the same violation), which is what makes the rule hold under concurrency.
 */
public interface UnitNameRegister {

    Optional<NameHolder> holderOf(String spelling);

    /** The unit holding a spelling: its id and full name. */
    record NameHolder(String unitId, String name) {
    }
}
