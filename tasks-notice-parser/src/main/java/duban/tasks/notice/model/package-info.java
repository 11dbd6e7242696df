/**
 * What the parser returns: a plain, immutable model of records that reads well as JSON (Jackson with the
 * JavaTimeModule). Rule: nothing here refers to the parser's internals, the event store or a framework; the
 * caller (tasks-service) maps it to commands. Unit references are canonical unit names, group references are
 * group keys, both resolved in {@link duban.tasks.notice.model.ParsedNotice#units()} and
 * {@link duban.tasks.notice.model.ParsedNotice#groups()}.
 */
package duban.tasks.notice.model;
