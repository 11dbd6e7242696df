/**
 * Text primitives. Rule: the parser reads a folded copy of the notice (full-width ASCII forms and the
 * ideographic space folded to ASCII, so "：" and ":" read alike) that has exactly the length of the
 * original, so every piece it cuts can be shown verbatim; brackets are matched before anything is split.
 */
package duban.tasks.notice.text;
