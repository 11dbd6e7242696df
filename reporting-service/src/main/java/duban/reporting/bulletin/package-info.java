/**
 * The monthly bulletin (台账进度通报) and assessment (考评) of a plan: every unit's month — reports owed, on time, late
 * and missing, milestones due, met and overdue, attainment — its score and rank within its category, the units
 * commended and named. Rule: a closed month is read as the ledger stood at its cut-off, so it reads the same whenever
 * it is made (byte for byte); the month still running is provisional, read as the ledger stands now.
 */
package duban.reporting.bulletin;
