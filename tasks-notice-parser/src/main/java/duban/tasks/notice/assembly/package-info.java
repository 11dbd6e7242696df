/**
 * Puts the notice together: header, sections, unit lists, timelines, then — with the whole notice read —
 * units, groups, the model's tasks, and the checks that need resolved groups (a target's shares against its
 * total). Rule: the model holds canonical unit names and group keys only; everything written differently
 * resolves through {@link duban.tasks.notice.model.ParsedNotice#units()} aliases.
 */
package duban.tasks.notice.assembly;
