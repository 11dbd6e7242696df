package duban.tasks.unit.query;

import duban.tasks.unit.port.UnitNameRegister;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The Unit aggregate's view of the whole directory's names: the spellings units have claimed so far. */
@Singleton
public class DirectoryNameRegister implements UnitNameRegister {

    @Inject
    UnitQueries units;

    @Override
    public Optional<NameHolder> holderOf(String spelling) {
        return units.holderOf(spelling).map(holder -> new NameHolder(holder.id(), holder.name()));
    }
}
