/**
 * The unit directory (单位名录) as the notice parser sees it: registered units by name and alias, their
 * categories, and shared unit groups by phrase. Rule: read-only and no SQL: it reads the tables that
 * {@link duban.tasks.lookup.LookupTables} keeps through {@link duban.tasks.lookup.DirectoryTables}.
 */
package duban.tasks.imports.directory;
