/**
 * REST resources for the unit directory (单位名录) and unit groups (单位组). Rule: a resource validates and
 * translates; units a request names are resolved through {@code UnitReferences}; a name or alias already held by a
 * unit is refused before the command is sent (409 {@code unit-name-taken}), and the claims table refuses the same
 * inside the command's transaction when two requests race; commands go through {@code Writes}, reads through
 * {@code duban.tasks.unit.query}.
 */
package duban.tasks.unit.api;
