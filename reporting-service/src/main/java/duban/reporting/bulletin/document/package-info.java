/**
 * The bulletin (台账进度通报) as people read it: an .xlsx workbook and a printable HTML page with its score chart. Rule:
 * works from a {@code Bulletin} alone, never from the ledger, and the same bulletin always gives the same bytes (no
 * clock, no random, no default locale or time zone), so a closed month's file reads the same whenever it is made.
 */
package duban.reporting.bulletin.document;
