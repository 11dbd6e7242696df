package duban.tasks.notice.assembly;

import duban.tasks.notice.units.RawHolder;
import java.util.List;

/**
 * A section's unit fields as written.
 *
 * @param coLine the line of its co-unit field, for warnings about it
 */
record SectionUnits(List<RawHolder> lead, List<RawHolder> co, int coLine) {
}
