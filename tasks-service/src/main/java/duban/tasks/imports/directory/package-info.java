/**
 * The unit directory (单位名录) as the notice parser sees it: registered units by name and alias, their
 * categories, and shared unit groups by phrase. Rule: read-only and no SQL: it reads the tables that
 * {@link duban.tasks.lookup.LookupTables} keeps through {@link duban.tasks.lookup.DirectoryTables}.
 * Rule: a notice sees only its issuing city's part of the directory ({@link duban.tasks.imports.directory.IssuerScope}).
 * Cities are data: one file per city under {@code cities/} (listed in {@code cities/cities.txt}) with its name, its
 * 文号 prefixes and the full names of its short names; a notice of a city without file keeps the names it writes.
 */
package duban.tasks.imports.directory;
