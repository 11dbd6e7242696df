package duban.tasks.notice.structure;

import duban.tasks.notice.text.Snippet;
import java.util.List;

/**
 * The body's sections.
 *
 * @param roots the top-level sections in order
 * @param loose        body lines that stand before any section (text between a table header and its first row)
 * @param tableHeaders the lines that were read as a table's column names
 */
public record Outline(List<RawSection> roots, List<Snippet> loose, List<Integer> tableHeaders) {
}
