package duban.tasks.notice.structure;

import duban.tasks.notice.text.Snippet;
import java.util.List;

/** A line cut into its task text and the fields it carries. */
public record FieldSplit(Snippet text, List<RawField> fields) {
}
