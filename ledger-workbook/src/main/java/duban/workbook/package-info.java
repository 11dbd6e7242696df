/**
 * The 工作台账 (supervision ledger) as an Excel workbook and back: the plain model {@link duban.workbook.Ledger},
 * {@link duban.workbook.LedgerWorkbookWriter} and {@link duban.workbook.LedgerWorkbookReader}.
 * <p>
 * Rule: plain Java on Apache POI only. Nothing here knows Quarkus, Axon, a store or the unit directory: units are
 * the names the sheet shows, and resolving them is the importer's job. The layout is described once, in
 * {@link duban.workbook.LedgerLayout}; the writer and the reader both follow it.
 */
package duban.workbook;
