/**
 * Collects warnings while the notice is read. Rule: every reader that meets something it cannot read, or an
 * oddity of the text, says so here with the line concerned; nothing is dropped silently.
 */
package duban.tasks.notice.diagnostics;
