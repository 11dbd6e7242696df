/**
 * The monthly assessment (考评) of a unit: 40 × its on-time report rate + 40 × the share of its milestones met by
 * their date + 20 × its target attainment (each share capped at 100 %), weights configurable per plan. A component
 * with nothing owed that month passes its weight to the others in proportion; a unit owing nothing at all is not
 * scored. Units are ranked within their category (districts with districts, departments with departments), equal
 * scores sharing a rank. Rule: the only score formula and ranking.
 */
package duban.rules.assessment;
