/**
 * What a consuming service knows of the ledger, the same in each: every ledger event it applied, kept in one
 * append-only table of its own database ({@link duban.view.store}), and the history of every plan, unit, group and
 * task held in memory ({@link duban.view.history}), from which {@link duban.view.slice} answers what the ledger said
 * at any instant by the ledger rules. Keeping the events themselves is what lets a read answer "as of" any instant and
 * a month's bulletin read the same whenever it is made: both are the same computation over the events recorded up to
 * an instant.
 */
package duban.view;
